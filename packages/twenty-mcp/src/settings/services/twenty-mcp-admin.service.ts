import { Inject, Injectable } from '@nestjs/common';

import { type ToolMode } from '../../config/types/tool-mode.type';
import { METADATA_PORT, type MetadataPort } from '../../ports/metadata.port';
import { CredentialResolver } from '../../services/credentials/credential-resolver.service';
import { WorkspaceContextService } from '../../services/workspace-context/workspace-context.service';
import { McpWorkspaceSettingsService } from '../../storage/services/mcp-workspace-settings.service';
import { countTokens } from '../../tools/schema/utils/count-tokens.util';
import { ToolSetService } from '../../tools/services/tool-set.service';

const FULL_EXPOSURE = {
  canRead: true,
  canCreate: true,
  canUpdate: true,
  canDelete: true,
  hiddenFieldMetadataIds: [],
};

// What a host may do as the instance's operator, beside the per-workspace
// settings API: first-time set-up of workspaces and measuring what a
// credential's tool surface costs a model.
@Injectable()
export class TwentyMcpAdminService {
  constructor(
    @Inject(METADATA_PORT) private readonly metadata: MetadataPort,
    private readonly settings: McpWorkspaceSettingsService,
    private readonly credentials: CredentialResolver,
    private readonly contexts: WorkspaceContextService,
    private readonly toolSets: ToolSetService,
  ) {}

  // Turns MCP on for every workspace nobody configured yet, with its custom
  // objects exposed, as if an admin had opted in (a demo database). A
  // workspace configured before keeps what its admin chose. Returns the
  // workspaces it set up.
  async enableUnconfiguredWorkspaces(): Promise<string[]> {
    const enabled: string[] = [];

    for (const workspaceId of await this.metadata.listWorkspaceIds()) {
      if ((await this.settings.getState(workspaceId)).version > 0) {
        continue;
      }

      const schema = await this.metadata.getWorkspaceSchema(workspaceId);
      const initialized = await this.settings.initialize(workspaceId, {
        isEnabled: true,
        exposures: new Map(
          schema.objects
            .filter((object) => object.isCustom)
            .map((object) => [object.id, FULL_EXPOSURE]),
        ),
      });

      if (initialized) {
        enabled.push(workspaceId);
      }
    }

    return enabled;
  }

  // Each tool surface for this credential: how many tools, and what their
  // tools/list costs a model's context (o200k tokens).
  async measureToolSurfaces(
    bearerToken: string,
  ): Promise<Record<ToolMode, { tools: number; tokens: number }>> {
    const principal = await this.credentials.authenticate(bearerToken);
    const context = await this.contexts.resolve(principal);
    const measure = (mode: ToolMode) => {
      const { listResult } = this.toolSets.getToolSet(context, mode);

      return {
        tools: listResult.tools.length,
        tokens: countTokens(listResult),
      };
    };

    return { compact: measure('compact'), 'per-object': measure('per-object') };
  }
}
