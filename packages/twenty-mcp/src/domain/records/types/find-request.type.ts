import { type EffectivePermissions } from '../../permissions/types/effective-permissions.type';
import { type WorkspaceSchema } from '../../workspace/types/workspace-schema.type';
import { type DeletedMode } from './deleted-mode.type';
import { type QueryTarget } from './query-target.type';

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
