import { type OnApplicationShutdown } from '@nestjs/common';
import { type DataSource } from 'typeorm';

import { openMcpDataSource } from '../utils/open-mcp-data-source.util';

// The module's own tables (schema `mcp`) through a DataSource of its own,
// migrated on start and closed with the app.
export class McpStorage implements OnApplicationShutdown {
  private constructor(readonly dataSource: DataSource) {}

  static async open(source: DataSource): Promise<McpStorage> {
    return new McpStorage(await openMcpDataSource(source));
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) {
      await this.dataSource.destroy();
    }
  }
}
