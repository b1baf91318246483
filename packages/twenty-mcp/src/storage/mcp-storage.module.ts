import { type DynamicModule, Module } from '@nestjs/common';

import { TWENTY_MCP_CONFIG } from '../config/constants/twenty-mcp-config.token';
import { type TwentyMcpConfig } from '../config/types/twenty-mcp-config.type';
import { McpConfirmationStore } from './services/mcp-confirmation-store.service';
import { McpAuditLog } from './services/mcp-audit-log.service';
import { McpQueryUsageStore } from './services/mcp-query-usage-store.service';
import { McpRedis } from './services/mcp-redis.service';
import { McpStorage } from './services/mcp-storage.service';
import { McpStorageProbe } from './services/mcp-storage-probe.service';
import { McpTokenService } from './services/mcp-token.service';
import { McpWorkspaceSettingsService } from './services/mcp-workspace-settings.service';

// The module's own state: schema `mcp` on Twenty's database (settings,
// exposure, MCP tokens) and the optional shared Redis.
@Module({})
export class McpStorageModule {
  static register(config: DynamicModule): DynamicModule {
    return {
      module: McpStorageModule,
      imports: [config],
      providers: [
        {
          provide: McpStorage,
          useFactory: ({ dataSource }: TwentyMcpConfig) =>
            McpStorage.open(dataSource),
          inject: [TWENTY_MCP_CONFIG],
        },
        McpWorkspaceSettingsService,
        McpTokenService,
        McpRedis,
        McpStorageProbe,
        McpAuditLog,
        McpConfirmationStore,
        McpQueryUsageStore,
      ],
      exports: [
        McpWorkspaceSettingsService,
        McpTokenService,
        McpRedis,
        McpStorageProbe,
        McpAuditLog,
        McpConfirmationStore,
        McpQueryUsageStore,
      ],
    };
  }
}
