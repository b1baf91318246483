import { type McpRole } from './mcp-role.type';
import { type McpScope } from './mcp-scope.type';

// A role as the signed-in issuer may grant it: the scopes that stay within
// the issuer's own rights (none: the role exceeds them).
export type McpGrantableRole = McpRole & { grantableScopes: McpScope[] };
