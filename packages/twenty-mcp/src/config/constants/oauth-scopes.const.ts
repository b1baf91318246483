import { type McpScope } from '../../domain/principal/types/mcp-scope.type';

// OAuth scope names the endpoint advertises and what each grants; `mcp:read`
// alone is the least a client needs to use the endpoint at all.
export const OAUTH_SCOPES: Readonly<Record<string, McpScope>> = {
  'mcp:read': 'read',
  'mcp:write': 'write',
  'mcp:delete': 'delete',
  'mcp:destroy': 'destroy',
  'mcp:erase': 'erase',
};

export const MINIMUM_OAUTH_SCOPE = 'mcp:read';

// Advertised, but never asked for in a 401 challenge: a client requests
// erasure only when its user means to (docs/guardrails.md, "Erasure").
export const OPT_IN_OAUTH_SCOPES: readonly string[] = ['mcp:erase'];
