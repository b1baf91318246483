// Connections of one pg pool right now.
export type PoolUsage = {
  // `records`: the host's data source (Twenty's tables); `storage`: the
  // module's own (schema `mcp`).
  pool: 'records' | 'storage';
  total: number;
  idle: number;
  waiting: number;
};
