import { Inject, Injectable } from '@nestjs/common';

import { TWENTY_MCP_CONFIG } from '../../config/constants/twenty-mcp-config.token';
import { type TwentyMcpConfig } from '../../config/types/twenty-mcp-config.type';
import { type ToolMode } from '../../config/types/tool-mode.type';
import { type WorkspaceContext } from '../../services/workspace-context/types/workspace-context.type';
import { buildCompactTools } from '../compact/build-compact-tools.util';
import { buildPerObjectTools } from '../per-object/build-per-object-tools.util';
import { TOOL_SET_CACHE_LIMITS } from '../constants/tool-set-cache-limits.const';
import { type ToolSet } from '../types/tool-set.type';
import { selectToolObjects } from '../../domain/permissions/utils/select-tool-objects.util';
import { compileToolSet } from '../utils/compile-tool-set.util';

// The tools each (workspace model, access, mode) sees, built and compiled
// once and reused until the workspace's cache key changes.
@Injectable()
export class ToolSetService {
  private readonly byWorkspace = new Map<
    string,
    { cacheKey: string; toolSets: Map<string, ToolSet> }
  >();

  readonly defaultMode: ToolMode;

  constructor(@Inject(TWENTY_MCP_CONFIG) config: TwentyMcpConfig) {
    this.defaultMode = config.toolMode;
  }

  // `mode` overrides the configured surface, e.g. to measure both.
  getToolSet(context: WorkspaceContext, mode = this.defaultMode): ToolSet {
    const { workspace, permissions, cacheKey, accessKey } = context;
    const workspaceId = workspace.workspaceId;
    let entry = this.byWorkspace.get(workspaceId);

    if (entry?.cacheKey !== cacheKey) {
      entry = { cacheKey, toolSets: new Map() };
    }

    // Map order doubles as recency for eviction.
    this.byWorkspace.delete(workspaceId);
    this.byWorkspace.set(workspaceId, entry);

    if (this.byWorkspace.size > TOOL_SET_CACHE_LIMITS.maxWorkspaces) {
      this.byWorkspace.delete(this.byWorkspace.keys().next().value!);
    }

    const key = `${accessKey}|${mode}`;
    const cached = entry.toolSets.get(key);

    if (cached) {
      return cached;
    }

    const env = {
      workspace,
      permissions,
      objects: selectToolObjects(workspace, permissions),
    };
    const toolSet = compileToolSet(
      `${workspaceId}|${cacheKey}|${key}`,
      mode === 'compact' ? buildCompactTools(env) : buildPerObjectTools(env),
    );

    if (entry.toolSets.size >= TOOL_SET_CACHE_LIMITS.maxToolSetsPerWorkspace) {
      entry.toolSets.delete(entry.toolSets.keys().next().value!);
    }

    entry.toolSets.set(key, toolSet);

    return toolSet;
  }
}
