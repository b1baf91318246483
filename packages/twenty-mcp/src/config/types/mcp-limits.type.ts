import { type McpCallLimits } from './mcp-call-limits.type';

// What one credential may use of the server at once, and what one request
// may cost (docs/limits.md). The hourly call limits are instance defaults a
// workspace admin can change for a workspace.
export type McpLimits = McpCallLimits & {
  // Each SQL statement a tool call, resource read or completion runs is
  // stopped by PostgreSQL after this long.
  statementTimeoutMs: number;
  // Tool calls of one credential running at the same time, across its
  // HTTP requests and batch entries; the next one is refused at once.
  maxConcurrentToolCallsPerToken: number;
  // Messages in one JSON-RPC batch (a JSON array body).
  maxBatchMessages: number;
  // Bytes of one JSON response; a larger one is replaced by an error.
  maxResponseBytes: number;
  // Notification streams one credential keeps open (2025-era GET streams
  // and 2026-era subscriptions/listen).
  maxOpenStreamsPerToken: number;
  // How long a create call's idempotency key is remembered; a retry after
  // that creates again.
  idempotencyKeyLifetimeSeconds: number;
  // Connection-level database failures in a row (refused, reset, shutting
  // down; not a query PostgreSQL refused) that open the circuit breaker:
  // MCP and settings requests are then refused at once with 503.
  databaseFailureThreshold: number;
  // How long an open circuit refuses before one request probes PostgreSQL.
  databaseCoolDownMs: number;
};
