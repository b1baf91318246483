import { type EffectivePermissions } from '../../../domain/permissions/types/effective-permissions.type';
import { type WorkspaceSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { type DeletedMode } from '../../../domain/records/types/deleted-mode.type';
import { type QueryTarget } from '../../../domain/records/types/query-target.type';

// A find as the caller sent it. `filter`, `orderBy`, `fields`, `expand`,
// `limit` and `after` are untrusted and validated by prepareFind.
export type FindRequest = QueryTarget & {
  workspace: WorkspaceSchema;
  // Needed to expand relations (the target object's access); without it
  // nothing can be expanded.
  permissions?: EffectivePermissions;
  filter?: unknown;
  search?: string;
  orderBy?: unknown;
  limit?: unknown;
  after?: string;
  fields?: readonly string[];
  expand?: readonly string[];
  includeTotalCount?: boolean;
  deleted?: DeletedMode;
};
