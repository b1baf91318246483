import { Inject, Injectable } from '@nestjs/common';

import { TWENTY_MCP_CONFIG } from '../../config/constants/twenty-mcp-config.token';
import { type ToolMode } from '../../config/types/tool-mode.type';
import { type TwentyMcpConfig } from '../../config/types/twenty-mcp-config.type';
import { selectToolObjects } from '../../domain/permissions/utils/select-tool-objects.util';
import { type WorkspaceContext } from '../../services/workspace-context/types/workspace-context.type';
import { buildCompactTools } from '../compact/build-compact-tools.util';
import { buildPerObjectTools } from '../per-object/build-per-object-tools.util';
import { type ToolSet } from '../types/tool-set.type';
import { compileToolSet } from '../utils/compile-tool-set.util';

// The tools each (workspace model, access, mode) sees, built and compiled
// once and kept in the workspace context's cache until the model changes.
@Injectable()
export class ToolSetService {
  readonly defaultMode: ToolMode;
  private readonly confirmations: TwentyMcpConfig['confirmations'];

  constructor(@Inject(TWENTY_MCP_CONFIG) config: TwentyMcpConfig) {
    this.defaultMode = config.toolMode;
    this.confirmations = config.confirmations;
  }

  // `mode` overrides the configured surface, e.g. to measure both.
  getToolSet(context: WorkspaceContext, mode = this.defaultMode): ToolSet {
    return context.memoize(`toolSet:${mode}`, () => {
      const { workspace, permissions } = context;
      const env = {
        workspace,
        permissions,
        objects: selectToolObjects(workspace, permissions),
        confirmations: this.confirmations,
      };

      return compileToolSet(
        mode === 'compact' ? buildCompactTools(env) : buildPerObjectTools(env),
      );
    });
  }
}
