import { computeEffectivePermissions } from '../../permissions/utils/compute-effective-permissions.util';
import { type MetadataPort } from '../../ports/metadata.port';
import { type Principal } from '../../ports/types/principal.type';
import { type RolePermissions } from '../../ports/types/role-permissions.type';
import { type WorkspaceSchema } from '../../ports/types/workspace-schema.type';
import { buildCompactTools } from '../../tools/compact/build-compact-tools.util';
import { buildPerObjectTools } from '../../tools/per-object/build-per-object-tools.util';
import { compileToolSet } from '../../tools/services/tool-set-compiler';
import { type ToolSet } from '../../tools/types/tool-set.type';
import { selectToolObjects } from '../../tools/utils/select-tool-objects.util';
import { WORKSPACE_CACHE_LIMITS } from '../constants/workspace-cache-limits.const';
import { type ToolMode } from '../types/tool-mode.type';
import { type WorkspaceContext } from '../types/workspace-context.type';

type WorkspaceEntry = {
  cacheKey: string;
  schema: Promise<WorkspaceSchema>;
  roles: Map<string, Promise<RolePermissions>>;
  toolSets: Map<
    string,
    { permissions: WorkspaceContext['permissions']; toolSet: ToolSet }
  >;
};

// Per-workspace cache of the data model, roles and built tool sets. One
// cheap query per request checks the metadata cache key; anything else is
// loaded once per change. Concurrent requests share in-flight loads.
export class WorkspaceContextService {
  private readonly entries = new Map<string, WorkspaceEntry>();

  constructor(
    private readonly metadata: MetadataPort,
    private readonly toolMode: ToolMode,
  ) {}

  // `toolMode` overrides the configured surface, e.g. to measure both.
  async resolve(
    principal: Principal,
    toolMode: ToolMode = this.toolMode,
  ): Promise<WorkspaceContext> {
    const entry = await this.entryFor(principal.workspaceId);
    const workspace = await entry.schema;
    const toolSetKey = `${principal.roleId}|${[...principal.scopes].sort().join(',')}|${toolMode}`;
    const cached = entry.toolSets.get(toolSetKey);

    if (cached) {
      return { workspace, ...cached };
    }

    let role = entry.roles.get(principal.roleId);

    if (!role) {
      role = this.metadata.getRolePermissions(
        principal.workspaceId,
        principal.roleId,
      );
      entry.roles.set(principal.roleId, role);
      role.catch(() => entry.roles.delete(principal.roleId));
    }

    const permissions = computeEffectivePermissions({
      schema: workspace,
      role: await role,
      scopes: principal.scopes,
    });
    const env = {
      workspace,
      permissions,
      objects: selectToolObjects(workspace, permissions),
    };
    const toolSet = compileToolSet(
      `${workspace.workspaceId}|${entry.cacheKey}|${toolSetKey}`,
      toolMode === 'compact'
        ? buildCompactTools(env)
        : buildPerObjectTools(env),
    );

    if (entry.toolSets.size >= WORKSPACE_CACHE_LIMITS.maxToolSetsPerWorkspace) {
      entry.toolSets.delete(entry.toolSets.keys().next().value!);
    }

    entry.toolSets.set(toolSetKey, { permissions, toolSet });

    return { workspace, permissions, toolSet };
  }

  // The key that changes with the workspace's model and roles, as last seen.
  cachedKey(workspaceId: string): string | undefined {
    return this.entries.get(workspaceId)?.cacheKey;
  }

  private async entryFor(workspaceId: string): Promise<WorkspaceEntry> {
    const cacheKey = await this.metadata.getCacheKey(workspaceId);
    const current = this.entries.get(workspaceId);

    if (current?.cacheKey === cacheKey) {
      // Map order doubles as recency for eviction.
      this.entries.delete(workspaceId);
      this.entries.set(workspaceId, current);

      return current;
    }

    const schema = this.metadata.getWorkspaceSchema(workspaceId);
    const entry: WorkspaceEntry = {
      cacheKey,
      schema,
      roles: new Map(),
      toolSets: new Map(),
    };

    schema.catch(() => {
      if (this.entries.get(workspaceId) === entry) {
        this.entries.delete(workspaceId);
      }
    });
    this.entries.delete(workspaceId);
    this.entries.set(workspaceId, entry);

    if (this.entries.size > WORKSPACE_CACHE_LIMITS.maxWorkspaces) {
      this.entries.delete(this.entries.keys().next().value!);
    }

    return entry;
  }
}
