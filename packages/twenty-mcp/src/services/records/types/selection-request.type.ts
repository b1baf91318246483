import { type EffectivePermissions } from '../../../domain/permissions/types/effective-permissions.type';
import { type WorkspaceSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { type DeletedMode } from '../../../domain/records/types/deleted-mode.type';
import { type QueryTarget } from '../../../domain/records/types/query-target.type';

export type SelectionRequest = QueryTarget & {
  workspace: WorkspaceSchema;
  permissions?: EffectivePermissions;
  fields?: readonly string[];
  expand?: readonly string[];
  deleted?: DeletedMode;
};
