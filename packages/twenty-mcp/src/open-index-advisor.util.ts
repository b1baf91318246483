import { type DataSource } from 'typeorm';

import { resolveTwentyMcpConfig } from './config/utils/resolve-twenty-mcp-config.util';
import { PostgresMetadataAdapter } from './backends/postgres/services/postgres-metadata.adapter';
import { PostgresTableIndexesAdapter } from './backends/postgres/services/postgres-table-indexes.adapter';
import { IndexAdvisorService } from './services/index-advisor/index-advisor.service';
import { McpQueryUsageStore } from './storage/services/mcp-query-usage-store.service';
import { McpStorage } from './storage/services/mcp-storage.service';
import { McpWorkspaceSettingsService } from './storage/services/mcp-workspace-settings.service';

// The index advisor outside a running module (the host's `indexes advise`
// command): the sidecar back-end and the module's storage on this
// database, its migrations applied. It only reads Twenty's tables.
export const openIndexAdvisor = async (
  dataSource: DataSource,
): Promise<{ advisor: IndexAdvisorService; close: () => Promise<void> }> => {
  // No endpoint is served: the URL is only there to satisfy the options.
  const config = resolveTwentyMcpConfig({
    dataSource,
    publicUrl: 'http://127.0.0.1',
  });
  const storage = await McpStorage.open(dataSource);

  return {
    advisor: new IndexAdvisorService(
      new McpQueryUsageStore(storage),
      new McpWorkspaceSettingsService(storage, config),
      new PostgresMetadataAdapter(config),
      new PostgresTableIndexesAdapter(config),
    ),
    close: () => storage.onApplicationShutdown(),
  };
};
