import { type OnApplicationShutdown } from '@nestjs/common';
import { type DataSource } from 'typeorm';

import { McpTokenService } from './mcp-token.service';
import { McpWorkspaceSettingsService } from './mcp-workspace-settings.service';
import { openMcpDataSource } from './open-mcp-data-source';

// The module's own tables (schema `mcp`), migrated on start, closed with the
// app.
export class McpStorage implements OnApplicationShutdown {
  readonly settings: McpWorkspaceSettingsService;
  readonly tokens: McpTokenService;

  private constructor(
    readonly dataSource: DataSource,
    workspacesEnabledByDefault: boolean,
  ) {
    this.settings = new McpWorkspaceSettingsService(
      dataSource,
      workspacesEnabledByDefault,
    );
    this.tokens = new McpTokenService(dataSource);
  }

  static async open(
    source: DataSource,
    { workspacesEnabledByDefault }: { workspacesEnabledByDefault: boolean },
  ): Promise<McpStorage> {
    return new McpStorage(
      await openMcpDataSource(source),
      workspacesEnabledByDefault,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) {
      await this.dataSource.destroy();
    }
  }
}
