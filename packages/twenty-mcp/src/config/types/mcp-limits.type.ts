// What one credential may use of the server at once, and what one request
// may cost (docs/limits.md).
export type McpLimits = {
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
};
