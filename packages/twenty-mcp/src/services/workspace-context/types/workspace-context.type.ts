import { type McpCallLimits } from '../../../config/types/mcp-call-limits.type';
import { type EffectivePermissions } from '../../../domain/permissions/types/effective-permissions.type';
import { type WorkspaceSchema } from '../../../domain/workspace/types/workspace-schema.type';

// Everything one request needs about its workspace, for its principal.
export type WorkspaceContext = {
  workspace: WorkspaceSchema;
  permissions: EffectivePermissions;
  // The workspace's hourly tool-call limits, its admin's over the defaults.
  callLimits: McpCallLimits;
  // What rooms above derive from this model and this access (tool sets),
  // built once and kept with the workspace's cache entry: gone when the
  // model, the roles or the workspace's MCP settings change.
  memoize: <T>(name: string, build: () => T) => T;
};
