import { randomBytes } from 'node:crypto';

import { MCP_TOKEN_FORMAT } from '../constants/mcp-token-format.const';

export const generateMcpToken = (): string =>
  MCP_TOKEN_FORMAT.prefix +
  randomBytes(MCP_TOKEN_FORMAT.randomBytes).toString('base64url');
