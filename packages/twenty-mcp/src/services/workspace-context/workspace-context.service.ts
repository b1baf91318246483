import { Inject, Injectable } from '@nestjs/common';

import { TwentyMcpException } from '../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../domain/exceptions/twenty-mcp-exception-code.enum';
import { type EffectivePermissions } from '../../domain/permissions/types/effective-permissions.type';
import { type WorkspaceExposure } from '../../domain/permissions/types/workspace-exposure.type';
import { computeEffectivePermissions } from '../../domain/permissions/utils/compute-effective-permissions.util';
import { intersectRolePermissions } from '../../domain/permissions/utils/intersect-role-permissions.util';
import { type RolePermissions } from '../../domain/permissions/types/role-permissions.type';
import { type Principal } from '../../domain/principal/types/principal.type';
import { type WorkspaceSchema } from '../../domain/workspace/types/workspace-schema.type';
import { METADATA_PORT, type MetadataPort } from '../../ports/metadata.port';
import { McpWorkspaceSettingsService } from '../../storage/services/mcp-workspace-settings.service';
import { TWENTY_MCP_CONFIG } from '../../config/constants/twenty-mcp-config.token';
import { type TwentyMcpConfig } from '../../config/types/twenty-mcp-config.type';
import { type McpCallLimits } from '../../config/types/mcp-call-limits.type';
import { WorkspaceChangesService } from '../workspace-changes/workspace-changes.service';
import { WORKSPACE_CACHE_LIMITS } from './constants/workspace-cache-limits.const';
import { createRecentReads } from './utils/create-recent-reads.util';
import { type WorkspaceContext } from './types/workspace-context.type';

type WorkspaceEntry = {
  cacheKey: string;
  isEnabled: boolean;
  schema: Promise<WorkspaceSchema>;
  exposure: Promise<WorkspaceExposure>;
  callLimits: Promise<McpCallLimits>;
  roles: Map<string, Promise<RolePermissions>>;
  // Per (role, scopes, allow-list): effective permissions and what is
  // derived from them.
  accesses: Map<
    string,
    { permissions: EffectivePermissions; derived: Map<string, unknown> }
  >;
};

type KeyRead = { cacheKey: string; isEnabled: boolean };

// Per-workspace cache of the data model, roles, exposure, effective
// permissions and what is derived from them (tool sets). Two queries
// (Twenty's metadata cache key and the module's settings version) decide
// whether the cache holds; their answer is trusted for metadataRecheckMs
// (1 s by default), so a request normally runs none of them, and a change
// made elsewhere (Twenty, another instance) is seen within that bound. A
// settings change made through this instance drops it at once. Anything
// else is loaded once per change. Concurrent requests share in-flight
// reads and loads.
@Injectable()
export class WorkspaceContextService {
  private readonly entries = new Map<string, WorkspaceEntry>();
  private readonly keys: ReturnType<typeof createRecentReads<KeyRead>>;
  // Where an admin turns MCP on, for the error a disabled workspace gets.
  private readonly settingsUrl: string;
  private readonly defaultCallLimits: McpCallLimits;

  constructor(
    @Inject(METADATA_PORT) private readonly metadata: MetadataPort,
    private readonly settings: McpWorkspaceSettingsService,
    @Inject(TWENTY_MCP_CONFIG) config: TwentyMcpConfig,
    changes: WorkspaceChangesService,
  ) {
    this.keys = createRecentReads<KeyRead>({
      recheckMs: config.metadataRecheckMs,
      maxKeys: WORKSPACE_CACHE_LIMITS.maxWorkspaces,
    });
    changes.onChange((workspaceId) => this.keys.forget(workspaceId));
    this.settingsUrl = config.settingsUrl;
    this.defaultCallLimits = {
      readCallsPerTokenPerHour: config.limits.readCallsPerTokenPerHour,
      writeCallsPerTokenPerHour: config.limits.writeCallsPerTokenPerHour,
      callsPerWorkspacePerHour: config.limits.callsPerWorkspacePerHour,
    };
  }

  async resolve(principal: Principal): Promise<WorkspaceContext> {
    const entry = await this.entryFor(principal.workspaceId);

    if (!entry.isEnabled) {
      throw new TwentyMcpException(
        `MCP access is turned off for this workspace. A workspace admin can turn it on at ${this.settingsUrl}.`,
        TwentyMcpExceptionCode.WORKSPACE_UNAVAILABLE,
      );
    }

    return this.build(entry, principal);
  }

  // What a principal would see, whether or not the workspace serves MCP
  // right now: the settings page's preview.
  async preview(principal: Principal): Promise<WorkspaceContext> {
    return this.build(await this.entryFor(principal.workspaceId), principal);
  }

  // The key as it is now: changes with the model, the roles, the switch and
  // the exposure. What list_changed watches.
  async currentKey(workspaceId: string): Promise<string> {
    return (await this.keys.remember(workspaceId, this.readKey(workspaceId)))
      .cacheKey;
  }

  private async build(
    entry: WorkspaceEntry,
    principal: Principal,
  ): Promise<WorkspaceContext> {
    const workspace = await entry.schema;
    const allowList = principal.objectAllowList
      ? [...principal.objectAllowList].sort().join(',')
      : '*';
    const accessKey = `${principal.roleId}&${principal.applicationRoleId ?? ''}|${[...principal.scopes].sort().join(',')}|${allowList}`;
    let access = entry.accesses.get(accessKey);

    if (!access) {
      access = {
        permissions: computeEffectivePermissions({
          schema: workspace,
          role: await this.roleOf(entry, principal),
          scopes: principal.scopes,
          exposure: await entry.exposure,
          objectAllowList: principal.objectAllowList,
        }),
        derived: new Map(),
      };

      if (
        entry.accesses.size >= WORKSPACE_CACHE_LIMITS.maxAccessSetsPerWorkspace
      ) {
        entry.accesses.delete(entry.accesses.keys().next().value!);
      }

      entry.accesses.set(accessKey, access);
    }

    const { permissions, derived } = access;

    return {
      workspace,
      permissions,
      callLimits: await entry.callLimits,
      memoize: <T>(name: string, build: () => T): T => {
        if (!derived.has(name)) {
          derived.set(name, build());
        }

        return derived.get(name) as T;
      },
    };
  }

  private async roleOf(
    entry: WorkspaceEntry,
    principal: Principal,
  ): Promise<RolePermissions> {
    const { roleId, applicationRoleId } = principal;

    if (!applicationRoleId || applicationRoleId === roleId) {
      return this.loadRole(entry, principal.workspaceId, roleId);
    }

    const [userRole, applicationRole] = await Promise.all([
      this.loadRole(entry, principal.workspaceId, roleId),
      this.loadRole(entry, principal.workspaceId, applicationRoleId),
    ]);

    return intersectRolePermissions(userRole, applicationRole);
  }

  private loadRole(
    entry: WorkspaceEntry,
    workspaceId: string,
    roleId: string,
  ): Promise<RolePermissions> {
    let role = entry.roles.get(roleId);

    if (!role) {
      role = this.metadata.getRolePermissions(workspaceId, roleId);
      entry.roles.set(roleId, role);
      role.catch(() => entry.roles.delete(roleId));
    }

    return role;
  }

  private async readKey(workspaceId: string): Promise<KeyRead> {
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
    const { cacheKey, isEnabled } = await this.keys.get(workspaceId, () =>
      this.readKey(workspaceId),
    );
    const current = this.entries.get(workspaceId);

    if (current?.cacheKey === cacheKey) {
      // Map order doubles as recency for eviction.
      this.entries.delete(workspaceId);
      this.entries.set(workspaceId, current);

      return current;
    }

    const schema = this.metadata.getWorkspaceSchema(workspaceId);
    const exposure = this.settings.getExposure(workspaceId);
    // Loaded with the entry: a change of limits bumps the settings version.
    const callLimits = this.settings
      .getCallLimits(workspaceId)
      .then((limits) => ({ ...this.defaultCallLimits, ...limits }));
    const entry: WorkspaceEntry = {
      cacheKey,
      isEnabled,
      schema,
      exposure,
      callLimits,
      roles: new Map(),
      accesses: new Map(),
    };
    const forget = () => {
      if (this.entries.get(workspaceId) === entry) {
        this.entries.delete(workspaceId);
      }
    };

    schema.catch(forget);
    exposure.catch(forget);
    callLimits.catch(forget);
    this.entries.delete(workspaceId);
    this.entries.set(workspaceId, entry);

    if (this.entries.size > WORKSPACE_CACHE_LIMITS.maxWorkspaces) {
      this.entries.delete(this.entries.keys().next().value!);
    }

    return entry;
  }
}
