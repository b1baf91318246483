import { type DataSource } from 'typeorm';

import { McpAuditLog } from '../services/mcp-audit-log.service';
import { McpStorage } from '../services/mcp-storage.service';

// The audit trail outside a running module (the host's `audit` commands):
// the module's storage on this database, its migrations applied.
export const openAuditLog = async (
  dataSource: DataSource,
): Promise<{ auditLog: McpAuditLog; close: () => Promise<void> }> => {
  const storage = await McpStorage.open(dataSource);

  return {
    auditLog: new McpAuditLog(storage),
    close: () => storage.onApplicationShutdown(),
  };
};
