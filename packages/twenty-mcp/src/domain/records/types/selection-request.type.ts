import { type EffectivePermissions } from '../../permissions/types/effective-permissions.type';
import { type WorkspaceSchema } from '../../workspace/types/workspace-schema.type';
import { type DeletedMode } from './deleted-mode.type';
import { type QueryTarget } from './query-target.type';

export type SelectionRequest = QueryTarget & {
  workspace: WorkspaceSchema;
  permissions?: EffectivePermissions;
  fields?: readonly string[];
  expand?: readonly string[];
  deleted?: DeletedMode;
};
