// What the cluster primary tells each worker beside DATABASE_URL and
// APP_SECRET (not MCP_* names: those are the operator's settings).
export const CLUSTER_WORKER_ENV = {
  // 1-based; worker 1 prints the start-up banner.
  index: 'TWENTY_MCP_WORKER_INDEX',
  // The database line of the banner, as the primary opened it.
  database: 'TWENTY_MCP_WORKER_DATABASE',
} as const;
