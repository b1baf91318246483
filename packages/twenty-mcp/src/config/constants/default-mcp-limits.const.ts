import { type McpLimits } from '../types/mcp-limits.type';

// Sized for node-postgres's default pool of 10 connections: a credential
// holds at most 4 at once, no statement holds one longer than 15 s, and a
// batch or a response stays far below what an MCP client can use anyway.
export const DEFAULT_MCP_LIMITS: McpLimits = {
  statementTimeoutMs: 15_000,
  maxConcurrentToolCallsPerToken: 4,
  maxBatchMessages: 20,
  maxResponseBytes: 8 * 1024 * 1024,
  maxOpenStreamsPerToken: 8,
  // A day: longer than any client's retry loop, short enough that the
  // table stays small.
  idempotencyKeyLifetimeSeconds: 86_400,
  // Three in a row rules out one dropped connection; two seconds between
  // probes brings service back soon after PostgreSQL while costing it one
  // connection attempt per cool-down.
  databaseFailureThreshold: 3,
  databaseCoolDownMs: 2_000,
  // Hourly tool calls (docs/limits.md, "Call limits"): an assistant working
  // steadily reads a record every few seconds, and writes far less often;
  // the workspace's budget lets about three such tokens work at once.
  readCallsPerTokenPerHour: 1_000,
  writeCallsPerTokenPerHour: 200,
  callsPerWorkspacePerHour: 3_000,
};
