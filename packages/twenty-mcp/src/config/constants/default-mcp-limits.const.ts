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
};
