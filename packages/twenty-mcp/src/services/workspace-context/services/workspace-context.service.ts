import { TwentyMcpException } from '../../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { type WorkspaceExposure } from '../../../domain/permissions/types/workspace-exposure.type';
import { computeEffectivePermissions } from '../../../domain/permissions/utils/compute-effective-permissions.util';
import { type MetadataPort } from '../../../ports/metadata.port';
import { type Principal } from '../../../domain/principal/types/principal.type';
import { type RolePermissions } from '../../../domain/permissions/types/role-permissions.type';
import { type WorkspaceSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { type McpWorkspaceSettingsService } from '../../../storage/services/mcp-workspace-settings.service';
import { buildCompactTools } from '../../../tools/compact/build-compact-tools.util';
import { buildPerObjectTools } from '../../../tools/per-object/build-per-object-tools.util';
import { compileToolSet } from '../../../tools/services/tool-set-compiler';
import { type ToolSet } from '../../../tools/types/tool-set.type';
import { selectToolObjects } from '../../../tools/utils/select-tool-objects.util';
import { WORKSPACE_CACHE_LIMITS } from '../constants/workspace-cache-limits.const';
import { type ToolMode } from '../../../config/types/tool-mode.type';
import { type WorkspaceContext } from '../types/workspace-context.type';

type WorkspaceEntry = {
  cacheKey: string;
  isEnabled: boolean;
  schema: Promise<WorkspaceSchema>;
  exposure: Promise<WorkspaceExposure>;
  roles: Map<string, Promise<RolePermissions>>;
  toolSets: Map<
    string,
    { permissions: WorkspaceContext['permissions']; toolSet: ToolSet }
  >;
};

// Per-workspace cache of the data model, roles, exposure and built tool
// sets. Two cheap queries per request (Twenty's metadata cache key and the
// module's settings version) decide whether the cache holds; anything else
// is loaded once per change. Concurrent requests share in-flight loads.
export class WorkspaceContextService {
  private readonly entries = new Map<string, WorkspaceEntry>();

  constructor(
    private readonly metadata: MetadataPort,
    private readonly settings: McpWorkspaceSettingsService,
    private readonly toolMode: ToolMode,
    // Where an admin turns MCP on, for the error a disabled workspace gets.
    private readonly settingsUrl: string,
  ) {}

  // `toolMode` overrides the configured surface, e.g. to measure both.
  async resolve(
    principal: Principal,
    toolMode: ToolMode = this.toolMode,
  ): Promise<WorkspaceContext> {
    const entry = await this.entryFor(principal.workspaceId);

    if (!entry.isEnabled) {
      throw new TwentyMcpException(
        TwentyMcpExceptionCode.WORKSPACE_UNAVAILABLE,
        `MCP access is turned off for this workspace. A workspace admin can turn it on at ${this.settingsUrl}.`,
      );
    }

    return this.build(entry, principal, toolMode);
  }

  // What a principal would see, whether or not the workspace serves MCP
  // right now: the settings page's preview.
  async preview(
    principal: Principal,
    toolMode: ToolMode = this.toolMode,
  ): Promise<WorkspaceContext> {
    return this.build(
      await this.entryFor(principal.workspaceId),
      principal,
      toolMode,
    );
  }

  get defaultToolMode(): ToolMode {
    return this.toolMode;
  }

  private async build(
    entry: WorkspaceEntry,
    principal: Principal,
    toolMode: ToolMode,
  ): Promise<WorkspaceContext> {
    const workspace = await entry.schema;
    const allowList = principal.objectAllowList
      ? [...principal.objectAllowList].sort().join(',')
      : '*';
    const toolSetKey = `${principal.roleId}|${[...principal.scopes].sort().join(',')}|${allowList}|${toolMode}`;
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
      exposure: await entry.exposure,
      objectAllowList: principal.objectAllowList,
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

  // The key as it is now: changes with the model, the roles, the switch and
  // the exposure. What list_changed watches.
  async currentKey(workspaceId: string): Promise<string> {
    return (await this.readKey(workspaceId)).cacheKey;
  }

  private async readKey(workspaceId: string) {
    const [metadataKey, state] = await Promise.all([
      this.metadata.getCacheKey(workspaceId),
      this.settings.getState(workspaceId),
    ]);

    return {
      cacheKey: `${metadataKey}|mcp:${state.version}:${state.isEnabled ? 'on' : 'off'}`,
      isEnabled: state.isEnabled,
    };
  }

  private async entryFor(workspaceId: string): Promise<WorkspaceEntry> {
    const { cacheKey, isEnabled } = await this.readKey(workspaceId);
    const current = this.entries.get(workspaceId);

    if (current?.cacheKey === cacheKey) {
      // Map order doubles as recency for eviction.
      this.entries.delete(workspaceId);
      this.entries.set(workspaceId, current);

      return current;
    }

    const schema = this.metadata.getWorkspaceSchema(workspaceId);
    const exposure = this.settings.getExposure(workspaceId);
    const entry: WorkspaceEntry = {
      cacheKey,
      isEnabled,
      schema,
      exposure,
      roles: new Map(),
      toolSets: new Map(),
    };
    const forget = () => {
      if (this.entries.get(workspaceId) === entry) {
        this.entries.delete(workspaceId);
      }
    };

    schema.catch(forget);
    exposure.catch(forget);
    this.entries.delete(workspaceId);
    this.entries.set(workspaceId, entry);

    if (this.entries.size > WORKSPACE_CACHE_LIMITS.maxWorkspaces) {
      this.entries.delete(this.entries.keys().next().value!);
    }

    return entry;
  }
}
