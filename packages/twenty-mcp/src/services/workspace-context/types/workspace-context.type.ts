import { type EffectivePermissions } from '../../../domain/permissions/types/effective-permissions.type';
import { type WorkspaceSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { type ToolSet } from '../../../tools/types/tool-set.type';

// Everything one request needs about its workspace, for its principal.
export type WorkspaceContext = {
  workspace: WorkspaceSchema;
  permissions: EffectivePermissions;
  toolSet: ToolSet;
};
