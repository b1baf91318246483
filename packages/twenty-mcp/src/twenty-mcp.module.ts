import { type DynamicModule, Module } from '@nestjs/common';

import { TwentyMcpConfigModule } from './config/twenty-mcp-config.module';
import {
  type TWENTY_MCP_ASYNC_OPTIONS_TYPE,
  type TWENTY_MCP_OPTIONS_TYPE,
} from './config/twenty-mcp-config.module-definition';
import { PostgresBackendModule } from './backends/postgres/postgres-backend.module';
import { McpProtocolModule } from './protocol/mcp-protocol.module';
import { McpServicesModule } from './services/mcp-services.module';
import { McpSettingsModule } from './settings/mcp-settings.module';
import { McpStorageModule } from './storage/mcp-storage.module';
import { McpToolsModule } from './tools/mcp-tools.module';

// A module exporting the back-end ports (AUTH_PORT, METADATA_PORT,
// RECORDS_BACKEND_PORT, SETTINGS_AUTH_PORT), e.g. one on Twenty's own
// services. Default: the Postgres back-end on the options' dataSource.
type BackendChoice = { backend?: DynamicModule };

export type TwentyMcpModuleAsyncOptions = typeof TWENTY_MCP_ASYNC_OPTIONS_TYPE &
  BackendChoice;

// The MCP endpoint for Twenty as a NestJS module: TwentyMcpModule.forRoot
// (or forRootAsync, e.g. from TwentyConfigService) in twenty-server's app
// module, or in the standalone host. Built from sub-modules that share one
// config: storage → back-end → services → tools → protocol, settings.
@Module({})
export class TwentyMcpModule {
  static forRoot({
    backend,
    ...options
  }: typeof TWENTY_MCP_OPTIONS_TYPE & BackendChoice): DynamicModule {
    return TwentyMcpModule.compose(
      TwentyMcpConfigModule.forRoot(options),
      backend,
    );
  }

  static forRootAsync({
    backend,
    ...options
  }: TwentyMcpModuleAsyncOptions): DynamicModule {
    return TwentyMcpModule.compose(
      TwentyMcpConfigModule.forRootAsync(options),
      backend,
    );
  }

  private static compose(
    config: DynamicModule,
    backendModule: DynamicModule | undefined,
  ): DynamicModule {
    const backend = backendModule ?? PostgresBackendModule.register(config);
    const storage = McpStorageModule.register(config);
    const services = McpServicesModule.register({ config, storage, backend });
    const tools = McpToolsModule.register(config);
    const settings = McpSettingsModule.register({
      config,
      storage,
      backend,
      services,
      tools,
    });

    return {
      module: TwentyMcpModule,
      imports: [
        McpProtocolModule.register({ config, services, tools }),
        settings,
      ],
      // TwentyMcpAdminService: operator tasks for the host.
      exports: [settings],
    };
  }
}
