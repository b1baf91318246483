import { type McpScope } from '../../domain/principal/types/mcp-scope.type';

// OAuth scope names the endpoint advertises and what each grants; `mcp:read`
// alone is the least a client needs to use the endpoint at all.
export const OAUTH_SCOPES: Readonly<Record<string, McpScope>> = {
  'mcp:read': 'read',
  'mcp:write': 'write',
  'mcp:delete': 'delete',
  'mcp:destroy': 'destroy',
};

export const MINIMUM_OAUTH_SCOPE = 'mcp:read';
