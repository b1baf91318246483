import {
  type DynamicModule,
  Inject,
  type MiddlewareConsumer,
  Module,
  type NestModule,
  RequestMethod,
} from '@nestjs/common';

import { PostgresAuthAdapter } from './adapters/postgres/services/postgres-auth.adapter';
import { PostgresMetadataAdapter } from './adapters/postgres/services/postgres-metadata.adapter';
import { PostgresRecordsAdapter } from './adapters/postgres/services/postgres-records.adapter';
import {
  TWENTY_MCP_ENDPOINT_CONFIG,
  TWENTY_MCP_HTTP_HANDLER,
  TWENTY_MCP_NOTIFIER,
  TWENTY_MCP_OPTIONS,
} from './constants/twenty-mcp-tokens.const';
import { AUTH_PORT, type AuthPort } from './ports/auth.port';
import { METADATA_PORT, type MetadataPort } from './ports/metadata.port';
import { RECORDS_PORT, type RecordsPort } from './ports/records.port';
import { PromptsProvider } from './prompts/services/prompts.provider';
import { McpHttpMiddleware } from './protocol/middlewares/mcp-http.middleware';
import { ListChangedNotifier } from './protocol/services/list-changed-notifier';
import { McpHttpHandler } from './protocol/services/mcp-http-handler';
import { McpShutdownService } from './protocol/services/mcp-shutdown.service';
import { type McpEndpointConfig } from './protocol/types/mcp-endpoint-config.type';
import { ResourcesProvider } from './resources/services/resources.provider';
import { type TwentyMcpModuleOptions } from './types/twenty-mcp-module-options.type';
import { resolveEndpointConfig } from './utils/resolve-endpoint-config.util';
import { WorkspaceContextService } from './workspace-context/services/workspace-context.service';

const DEFAULT_POLL_INTERVAL_MS = 5_000;

const postgresAdapterDependencies = (options: TwentyMcpModuleOptions) => {
  if (!options.dataSource) {
    throw new Error(
      'TwentyMcpModule needs `dataSource` (Twenty core database) unless all three adapters are given.',
    );
  }

  return options.dataSource;
};

// The MCP endpoint as a NestJS module: TwentyMcpModule.forRoot({...}) in
// twenty-server's app module, or in the standalone host.
@Module({})
export class TwentyMcpModule implements NestModule {
  constructor(
    @Inject(TWENTY_MCP_ENDPOINT_CONFIG)
    private readonly config: McpEndpointConfig,
  ) {}

  static forRoot(options: TwentyMcpModuleOptions): DynamicModule {
    const adapters = options.adapters ?? {};

    return {
      module: TwentyMcpModule,
      providers: [
        { provide: TWENTY_MCP_OPTIONS, useValue: options },
        {
          provide: TWENTY_MCP_ENDPOINT_CONFIG,
          useValue: resolveEndpointConfig(options),
        },
        {
          provide: AUTH_PORT,
          useFactory: (): AuthPort => {
            if (adapters.auth) {
              return adapters.auth;
            }

            if (!options.appSecret) {
              throw new Error(
                "TwentyMcpModule needs Twenty's `appSecret` to verify API keys.",
              );
            }

            return new PostgresAuthAdapter(
              postgresAdapterDependencies(options),
              options.appSecret,
            );
          },
        },
        {
          provide: METADATA_PORT,
          useFactory: (): MetadataPort =>
            adapters.metadata ??
            new PostgresMetadataAdapter(postgresAdapterDependencies(options)),
        },
        {
          provide: RECORDS_PORT,
          useFactory: (): RecordsPort =>
            adapters.records ??
            new PostgresRecordsAdapter(postgresAdapterDependencies(options)),
        },
        {
          provide: WorkspaceContextService,
          useFactory: (metadata: MetadataPort) =>
            new WorkspaceContextService(
              metadata,
              options.toolMode ?? 'compact',
            ),
          inject: [METADATA_PORT],
        },
        {
          provide: TWENTY_MCP_NOTIFIER,
          useFactory: (metadata: MetadataPort) =>
            new ListChangedNotifier(
              metadata,
              options.listChangedPollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
            ),
          inject: [METADATA_PORT],
        },
        {
          provide: TWENTY_MCP_HTTP_HANDLER,
          useFactory: (
            config: McpEndpointConfig,
            auth: AuthPort,
            contexts: WorkspaceContextService,
            records: RecordsPort,
            notifier: ListChangedNotifier,
          ) =>
            new McpHttpHandler(
              config,
              auth,
              contexts,
              records,
              new ResourcesProvider(),
              new PromptsProvider(),
              notifier,
            ),
          inject: [
            TWENTY_MCP_ENDPOINT_CONFIG,
            AUTH_PORT,
            WorkspaceContextService,
            RECORDS_PORT,
            TWENTY_MCP_NOTIFIER,
          ],
        },
        McpHttpMiddleware,
        McpShutdownService,
      ],
      exports: [TWENTY_MCP_HTTP_HANDLER, WorkspaceContextService, AUTH_PORT],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(McpHttpMiddleware).forRoutes(
      { path: this.config.path, method: RequestMethod.ALL },
      {
        path: '/.well-known/oauth-protected-resource',
        method: RequestMethod.GET,
      },
      {
        path: `/.well-known/oauth-protected-resource${this.config.path}`,
        method: RequestMethod.GET,
      },
    );
  }
}
