import { type EffectivePermissions } from '../../../domain/permissions/types/effective-permissions.type';
import { type WorkspaceSchema } from '../../../domain/workspace/types/workspace-schema.type';

// Everything one request needs about its workspace, for its principal.
export type WorkspaceContext = {
  workspace: WorkspaceSchema;
  permissions: EffectivePermissions;
  // Changes with the model, the roles and the workspace's MCP settings:
  // what derived caches (tool sets) are keyed by.
  cacheKey: string;
  // The principal's part of derived cache keys: role, scopes, allow-list.
  accessKey: string;
};
