import { type McpToken } from './mcp-token.type';

export type IssuedMcpToken = { token: string; record: McpToken };
