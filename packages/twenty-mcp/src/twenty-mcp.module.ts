import { YogaDriver, type YogaDriverConfig } from '@graphql-yoga/nestjs';
import {
  type DynamicModule,
  Inject,
  type MiddlewareConsumer,
  Module,
  type NestModule,
  RequestMethod,
} from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';

import { PostgresAuthAdapter } from './backends/postgres/services/postgres-auth.adapter';
import { PostgresMetadataAdapter } from './backends/postgres/services/postgres-metadata.adapter';
import { PostgresRecordsAdapter } from './backends/postgres/services/postgres-records.adapter';
import { PostgresSettingsAuthAdapter } from './backends/postgres/services/postgres-settings-auth.adapter';
import {
  TWENTY_MCP_AUTH_FAILURE_LIMITER,
  TWENTY_MCP_ENDPOINT_CONFIG,
  TWENTY_MCP_HTTP_HANDLER,
  TWENTY_MCP_NOTIFIER,
  TWENTY_MCP_OPTIONS,
  TWENTY_MCP_REDIS,
  TWENTY_MCP_STORAGE,
} from './config/constants/twenty-mcp-tokens.const';
import { CredentialResolver } from './services/credentials/services/credential-resolver';
import { OAuthTokenVerifier } from './services/oauth/services/oauth-token-verifier';
import { resolveOAuthConfig } from './services/oauth/utils/resolve-oauth-config.util';
import { AUTH_PORT, type AuthPort } from './ports/auth.port';
import { METADATA_PORT, type MetadataPort } from './ports/metadata.port';
import { RECORDS_PORT, type RecordsPort } from './ports/records.port';
import {
  SETTINGS_AUTH_PORT,
  type SettingsAuthPort,
} from './ports/settings-auth.port';
import { PromptsProvider } from './prompts/services/prompts.provider';
import { DEFAULT_AUTH_FAILURE_LIMIT } from './config/constants/default-auth-failure-limit.const';
import { McpHttpMiddleware } from './protocol/middlewares/mcp-http.middleware';
import { AuthFailureLimiter } from './services/auth-failures/auth-failure-limiter.service';
import { ListChangedNotifier } from './protocol/services/list-changed-notifier';
import { McpHttpHandler } from './protocol/services/mcp-http-handler';
import { McpShutdownService } from './protocol/services/mcp-shutdown.service';
import { type McpEndpointConfig } from './protocol/types/mcp-endpoint-config.type';
import { ResourcesProvider } from './resources/services/resources.provider';
import { SettingsAuthGuard } from './settings/guards/settings-auth.guard';
import { SettingsPageMiddleware } from './settings/page/middlewares/settings-page.middleware';
import { McpAuthResolver } from './settings/resolvers/mcp-auth.resolver';
import { McpExposureResolver } from './settings/resolvers/mcp-exposure.resolver';
import { McpSettingsResolver } from './settings/resolvers/mcp-settings.resolver';
import { McpTokenResolver } from './settings/resolvers/mcp-token.resolver';
import { normalizeSettingsPath } from './settings/page/utils/normalize-settings-path.util';
import { McpSettingsService } from './settings/services/mcp-settings.service';
import { McpRedis } from './storage/services/mcp-redis';
import { McpStorage } from './storage/services/mcp-storage';
import { type TwentyMcpModuleOptions } from './config/types/twenty-mcp-module-options.type';
import { resolveEndpointConfig } from './config/utils/resolve-endpoint-config.util';
import { WorkspaceContextService } from './services/workspace-context/services/workspace-context.service';

const DEFAULT_POLL_INTERVAL_MS = 5_000;

const isInstanceEnabled = (options: TwentyMcpModuleOptions) =>
  options.enabled ?? process.env.MCP_ENABLED === 'true';

const settingsPathOf = (options: TwentyMcpModuleOptions) =>
  normalizeSettingsPath(options.settingsPath);

const requireAppSecret = (options: TwentyMcpModuleOptions): string => {
  if (!options.appSecret) {
    throw new Error(
      "TwentyMcpModule needs Twenty's `appSecret` to verify API keys and access tokens.",
    );
  }

  return options.appSecret;
};

// The MCP endpoint as a NestJS module: TwentyMcpModule.forRoot({...}) in
// twenty-server's app module, or in the standalone host.
@Module({})
export class TwentyMcpModule implements NestModule {
  constructor(
    @Inject(TWENTY_MCP_ENDPOINT_CONFIG)
    private readonly config: McpEndpointConfig,
    @Inject(TWENTY_MCP_OPTIONS)
    private readonly options: TwentyMcpModuleOptions,
  ) {}

  static forRoot(options: TwentyMcpModuleOptions): DynamicModule {
    const adapters = options.adapters ?? {};

    return {
      module: TwentyMcpModule,
      imports: [
        // The settings API: its own GraphQL endpoint, holding only this
        // module's resolvers, beside Twenty's /graphql and /metadata.
        GraphQLModule.forRoot<YogaDriverConfig>({
          driver: YogaDriver,
          path: `${settingsPathOf(options)}/graphql`,
          autoSchemaFile: true,
          sortSchema: true,
          include: [TwentyMcpModule],
          graphiql: false,
          context: ({ req, res }: { req: unknown; res: unknown }) => ({
            req,
            res,
          }),
        }),
      ],
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

            return new PostgresAuthAdapter(
              options.dataSource,
              requireAppSecret(options),
            );
          },
        },
        {
          provide: SETTINGS_AUTH_PORT,
          useFactory: (auth: AuthPort): SettingsAuthPort =>
            adapters.settingsAuth ??
            new PostgresSettingsAuthAdapter(
              options.dataSource,
              requireAppSecret(options),
              auth,
            ),
          inject: [AUTH_PORT],
        },
        {
          provide: TWENTY_MCP_REDIS,
          useFactory: () => new McpRedis(options.redisUrl),
        },
        {
          // One count of failed attempts per address, for MCP and sign-in,
          // shared by all instances through Redis when there is one.
          provide: TWENTY_MCP_AUTH_FAILURE_LIMITER,
          useFactory: (redis: McpRedis) =>
            new AuthFailureLimiter(
              options.authFailureLimit ?? DEFAULT_AUTH_FAILURE_LIMIT,
              redis.client,
            ),
          inject: [TWENTY_MCP_REDIS],
        },
        {
          provide: METADATA_PORT,
          useFactory: (): MetadataPort =>
            adapters.metadata ??
            new PostgresMetadataAdapter(options.dataSource),
        },
        {
          provide: RECORDS_PORT,
          useFactory: (): RecordsPort =>
            adapters.records ?? new PostgresRecordsAdapter(options.dataSource),
        },
        {
          provide: TWENTY_MCP_STORAGE,
          useFactory: () =>
            McpStorage.open(options.dataSource, {
              workspacesEnabledByDefault:
                options.workspacesEnabledByDefault ?? false,
            }),
        },
        {
          provide: WorkspaceContextService,
          useFactory: (metadata: MetadataPort, storage: McpStorage) =>
            new WorkspaceContextService(
              metadata,
              storage.settings,
              options.toolMode ?? 'compact',
              new URL(settingsPathOf(options), options.publicUrl).href,
            ),
          inject: [METADATA_PORT, TWENTY_MCP_STORAGE],
        },
        {
          provide: TWENTY_MCP_NOTIFIER,
          useFactory: (contexts: WorkspaceContextService) =>
            new ListChangedNotifier(
              {
                getCacheKey: (workspaceId) => contexts.currentKey(workspaceId),
              },
              options.listChangedPollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
            ),
          inject: [WorkspaceContextService],
        },
        {
          provide: TWENTY_MCP_HTTP_HANDLER,
          useFactory: (
            config: McpEndpointConfig,
            auth: AuthPort,
            storage: McpStorage,
            contexts: WorkspaceContextService,
            records: RecordsPort,
            notifier: ListChangedNotifier,
            authFailures: AuthFailureLimiter,
          ) =>
            new McpHttpHandler(
              config,
              new CredentialResolver(
                auth,
                storage.tokens,
                options.oauth
                  ? new OAuthTokenVerifier(
                      resolveOAuthConfig(options.oauth, config.resourceUrl),
                      auth,
                    )
                  : null,
              ),
              contexts,
              records,
              new ResourcesProvider(),
              new PromptsProvider(),
              notifier,
              authFailures,
            ),
          inject: [
            TWENTY_MCP_ENDPOINT_CONFIG,
            AUTH_PORT,
            TWENTY_MCP_STORAGE,
            WorkspaceContextService,
            RECORDS_PORT,
            TWENTY_MCP_NOTIFIER,
            TWENTY_MCP_AUTH_FAILURE_LIMITER,
          ],
        },
        {
          provide: McpSettingsService,
          useFactory: (
            config: McpEndpointConfig,
            storage: McpStorage,
            metadata: MetadataPort,
            settingsAuth: SettingsAuthPort,
            contexts: WorkspaceContextService,
            notifier: ListChangedNotifier,
          ) =>
            new McpSettingsService(
              {
                instanceEnabled: isInstanceEnabled(options),
                endpointUrl: config.resourceUrl,
              },
              storage,
              metadata,
              settingsAuth,
              contexts,
              notifier,
            ),
          inject: [
            TWENTY_MCP_ENDPOINT_CONFIG,
            TWENTY_MCP_STORAGE,
            METADATA_PORT,
            SETTINGS_AUTH_PORT,
            WorkspaceContextService,
            TWENTY_MCP_NOTIFIER,
          ],
        },
        SettingsAuthGuard,
        McpAuthResolver,
        McpSettingsResolver,
        McpTokenResolver,
        McpExposureResolver,
        McpHttpMiddleware,
        McpShutdownService,
      ],
      exports: [
        TWENTY_MCP_HTTP_HANDLER,
        TWENTY_MCP_STORAGE,
        WorkspaceContextService,
        AUTH_PORT,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    const settingsPath = settingsPathOf(this.options);

    // The settings page, even with the instance switch off: it is where an
    // admin reads that MCP is off and how to turn it on.
    consumer
      .apply(SettingsPageMiddleware)
      .forRoutes(
        { path: settingsPath, method: RequestMethod.GET },
        { path: `${settingsPath}/{*path}`, method: RequestMethod.GET },
      );

    // The instance switch: off, the endpoint and its metadata do not exist.
    if (!isInstanceEnabled(this.options)) {
      return;
    }

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
