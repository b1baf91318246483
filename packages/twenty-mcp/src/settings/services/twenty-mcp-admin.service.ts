import { Inject, Injectable, Optional } from '@nestjs/common';

import { type ToolMode } from '../../config/types/tool-mode.type';
import { type TwentyLayoutReport } from '../../domain/twenty/types/twenty-layout-report.type';
import { type RecordEventsStatus } from '../../domain/records/types/record-events-status.type';
import { METADATA_PORT, type MetadataPort } from '../../ports/metadata.port';
import {
  RECORDS_BACKEND_PORT,
  type RecordsBackendPort,
} from '../../ports/records-backend.port';
import {
  TWENTY_LAYOUT_PORT,
  type TwentyLayoutPort,
} from '../../ports/twenty-layout.port';
import { CredentialResolver } from '../../services/credentials/credential-resolver.service';
import { McpMetricsService } from '../../services/metrics/mcp-metrics.service';
import { ReadinessService } from '../../services/readiness/readiness.service';
import { type ReadinessResult } from '../../services/readiness/types/readiness-result.type';
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
    @Inject(RECORDS_BACKEND_PORT) private readonly records: RecordsBackendPort,
    private readonly settings: McpWorkspaceSettingsService,
    private readonly credentials: CredentialResolver,
    private readonly contexts: WorkspaceContextService,
    private readonly toolSets: ToolSetService,
    private readonly readiness: ReadinessService,
    private readonly metrics: McpMetricsService,
    @Optional()
    @Inject(TWENTY_LAYOUT_PORT)
    private readonly layout: TwentyLayoutPort | null = null,
  ) {}

  // The Twenty database the back-end found at start-up (version, what is
  // missing, whether ES256 signing keys exist), for the host's banner and
  // readiness; null when the back-end does not report it.
  getTwentyLayout(): TwentyLayoutReport | null {
    return this.layout?.getLayout() ?? null;
  }

  // Whether the module can serve now, check by check (database, schema
  // `mcp` migrations, Redis when configured, what else registered with
  // ReadinessService, and the Twenty layout the back-end found): for a
  // host's readiness probe.
  async checkReadiness(): Promise<ReadinessResult[]> {
    const results = await this.readiness.check();
    // Found once at start-up by the back-end, when it reports it.
    const layout = this.getTwentyLayout();

    return layout
      ? [
          ...results,
          layout.supported
            ? { name: 'twenty-layout', ok: true }
            : {
                name: 'twenty-layout',
                ok: false,
                error: `Twenty ${layout.detectedVersion} is not supported (${layout.supportedRange})`,
              },
        ]
      : results;
  }

  // The module's Prometheus registry, for the host to serve or merge.
  get metricsRegistry(): McpMetricsService['registry'] {
    return this.metrics.registry;
  }

  // Whether records written through MCP reach Twenty's worker (timeline,
  // audit logs, webhooks, workflow and app triggers), for the host's
  // banner; 'native' when the back-end writes through Twenty itself and so
  // reports nothing. docs/twenty-events.md.
  getRecordEventsStatus(): RecordEventsStatus | { delivery: 'native' } {
    return this.records.recordEventsStatus?.() ?? { delivery: 'native' };
  }

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
