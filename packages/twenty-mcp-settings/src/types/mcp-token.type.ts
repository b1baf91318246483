import { type McpRole } from './mcp-role.type';
import { type McpScope } from './mcp-scope.type';
import { type McpTokenStatus } from './mcp-token-status.type';

export type McpToken = {
  id: string;
  name: string;
  displayPrefix: string;
  role: McpRole | null;
  scopes: McpScope[];
  objectIds: string[] | null;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
  status: McpTokenStatus;
};
