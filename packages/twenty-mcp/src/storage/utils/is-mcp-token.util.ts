import { MCP_TOKEN_FORMAT } from '../constants/mcp-token-format.const';

// Shape only: tells an MCP token from a JWT before any lookup.
export const isMcpToken = (token: string): boolean =>
  token.startsWith(MCP_TOKEN_FORMAT.prefix);
