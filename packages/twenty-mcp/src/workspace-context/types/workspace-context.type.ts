import { type EffectivePermissions } from '../../permissions/types/effective-permissions.type';
import { type WorkspaceSchema } from '../../ports/types/workspace-schema.type';
import { type ToolSet } from '../../tools/types/tool-set.type';

// Everything one request needs about its workspace, for its principal.
export type WorkspaceContext = {
  workspace: WorkspaceSchema;
  permissions: EffectivePermissions;
  toolSet: ToolSet;
};
