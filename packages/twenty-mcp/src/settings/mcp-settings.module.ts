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

import { TWENTY_MCP_CONFIG } from '../config/constants/twenty-mcp-config.token';
import { type TwentyMcpConfig } from '../config/types/twenty-mcp-config.type';
import { SettingsAuthGuard } from './guards/settings-auth.guard';
import { SettingsPageMiddleware } from './page/middlewares/settings-page.middleware';
import { McpAuthResolver } from './resolvers/mcp-auth.resolver';
import { McpExposureResolver } from './resolvers/mcp-exposure.resolver';
import { McpSettingsResolver } from './resolvers/mcp-settings.resolver';
import { McpTokenResolver } from './resolvers/mcp-token.resolver';
import { McpSettingsService } from './services/mcp-settings.service';
import { TwentyMcpAdminService } from './services/twenty-mcp-admin.service';

// Where admins govern MCP: the settings API (its own GraphQL endpoint at
// <settingsPath>/graphql, holding only this module's resolvers, beside
// Twenty's /graphql and /metadata) and the settings page at settingsPath.
// Both stay mounted with the instance switch off: the page is where an
// admin reads that MCP is off.
@Module({})
export class McpSettingsModule implements NestModule {
  constructor(
    @Inject(TWENTY_MCP_CONFIG) private readonly config: TwentyMcpConfig,
  ) {}

  static register({
    config,
    storage,
    backend,
    services,
    tools,
  }: {
    config: DynamicModule;
    storage: DynamicModule;
    backend: DynamicModule;
    services: DynamicModule;
    tools: DynamicModule;
  }): DynamicModule {
    return {
      module: McpSettingsModule,
      imports: [
        config,
        storage,
        backend,
        services,
        tools,
        GraphQLModule.forRootAsync<YogaDriverConfig>({
          driver: YogaDriver,
          imports: [config],
          inject: [TWENTY_MCP_CONFIG],
          useFactory: ({ settingsPath }: TwentyMcpConfig) => ({
            path: `${settingsPath}/graphql`,
            autoSchemaFile: true,
            sortSchema: true,
            include: [McpSettingsModule],
            graphiql: false,
            context: ({ req, res }: { req: unknown; res: unknown }) => ({
              req,
              res,
            }),
          }),
        }),
      ],
      providers: [
        McpSettingsService,
        TwentyMcpAdminService,
        SettingsAuthGuard,
        McpAuthResolver,
        McpSettingsResolver,
        McpTokenResolver,
        McpExposureResolver,
        SettingsPageMiddleware,
      ],
      exports: [TwentyMcpAdminService],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    const { settingsPath } = this.config;

    consumer
      .apply(SettingsPageMiddleware)
      .forRoutes(
        { path: settingsPath, method: RequestMethod.GET },
        { path: `${settingsPath}/{*path}`, method: RequestMethod.GET },
      );
  }
}
