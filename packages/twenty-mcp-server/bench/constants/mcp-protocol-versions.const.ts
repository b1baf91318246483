import { type McpEra } from '../types/mcp-era.type';

export const MCP_PROTOCOL_VERSIONS: Record<McpEra, string> = {
  legacy: '2025-11-25',
  modern: '2026-07-28',
};
