import { YogaDriver, type YogaDriverConfig } from '@graphql-yoga/nestjs';
import {
  type DynamicModule,
  Inject,
  type MiddlewareConsumer,
  Module,
  type NestModule,
  RequestMethod,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { GraphQLModule } from '@nestjs/graphql';

import { TWENTY_MCP_CONFIG } from '../config/constants/twenty-mcp-config.token';
import { type TwentyMcpConfig } from '../config/types/twenty-mcp-config.type';
import { SettingsAuthGuard } from './guards/settings-auth.guard';
import { SettingsApiHttpMiddleware } from './middlewares/settings-api-http.middleware';
import { SettingsAuditExportMiddleware } from './middlewares/settings-audit-export.middleware';
import { SettingsTwentySignInMiddleware } from './middlewares/settings-twenty-sign-in.middleware';
import { SettingsPageMiddleware } from './page/middlewares/settings-page.middleware';
import { TWENTY_SIGN_IN } from './constants/twenty-sign-in.const';
import { McpAuditResolver } from './resolvers/mcp-audit.resolver';
import { McpAuthResolver } from './resolvers/mcp-auth.resolver';
import { McpExposureResolver } from './resolvers/mcp-exposure.resolver';
import { McpIndexAdviceResolver } from './resolvers/mcp-index-advice.resolver';
import { McpRoleResolver } from './resolvers/mcp-role.resolver';
import { McpSettingsResolver } from './resolvers/mcp-settings.resolver';
import { McpTokenResolver } from './resolvers/mcp-token.resolver';
import { McpSettingsService } from './services/mcp-settings.service';
import { McpTokenRightsService } from './services/mcp-token-rights.service';
import { TwentyMcpAdminService } from './services/twenty-mcp-admin.service';
import { TwentySignInService } from './services/twenty-sign-in.service';
import { type SettingsRequest } from './types/settings-request.type';
import { buildIntrospectionGatePlugin } from './utils/build-introspection-gate-plugin.util';
import { buildSettingsCorsOptions } from './utils/build-settings-cors-options.util';

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
          inject: [TWENTY_MCP_CONFIG, ModuleRef],
          useFactory: (
            { settingsPath, settingsApi }: TwentyMcpConfig,
            moduleRef: ModuleRef,
          ) => ({
            path: `${settingsPath}/graphql`,
            autoSchemaFile: true,
            sortSchema: true,
            include: [McpSettingsModule],
            graphiql: false,
            cors: buildSettingsCorsOptions(settingsApi.allowedOrigins),
            // The schema is for signed-in admins: introspection passes the
            // same guard as every resolver.
            plugins: [
              buildIntrospectionGatePlugin(async (req: SettingsRequest) => {
                const context = new ExecutionContextHost([
                  req,
                  undefined,
                  { req },
                  undefined,
                ]);

                context.setType('graphql');
                await moduleRef
                  .get(SettingsAuthGuard, { strict: false })
                  .canActivate(context);
              }),
            ],
            context: ({ req, res }: { req: unknown; res: unknown }) => ({
              req,
              res,
            }),
          }),
        }),
      ],
      providers: [
        McpSettingsService,
        McpTokenRightsService,
        TwentyMcpAdminService,
        SettingsAuthGuard,
        McpAuditResolver,
        McpAuthResolver,
        McpSettingsResolver,
        McpTokenResolver,
        McpExposureResolver,
        McpIndexAdviceResolver,
        McpRoleResolver,
        TwentySignInService,
        SettingsTwentySignInMiddleware,
        SettingsPageMiddleware,
        SettingsApiHttpMiddleware,
        SettingsAuditExportMiddleware,
      ],
      exports: [TwentyMcpAdminService],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    const { settingsPath } = this.config;

    consumer.apply(SettingsApiHttpMiddleware).forRoutes({
      path: `${settingsPath}/graphql`,
      method: RequestMethod.ALL,
    });
    consumer.apply(SettingsAuditExportMiddleware).forRoutes({
      path: `${settingsPath}/audit/export`,
      method: RequestMethod.GET,
    });
    // Before the page, which would answer these paths with index.html.
    consumer.apply(SettingsTwentySignInMiddleware).forRoutes(
      ...[TWENTY_SIGN_IN.startPath, TWENTY_SIGN_IN.callbackPath].map(
        (path) => ({
          path: `${settingsPath}/${path}`,
          method: RequestMethod.GET,
        }),
      ),
    );
    consumer
      .apply(SettingsPageMiddleware)
      .forRoutes(
        { path: settingsPath, method: RequestMethod.GET },
        { path: `${settingsPath}/{*path}`, method: RequestMethod.GET },
      );
  }
}
