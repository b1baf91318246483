import {
  MCP_SCOPES,
  type McpScope,
} from '../../../domain/principal/types/mcp-scope.type';
import { OAUTH_SCOPES } from '../../../config/constants/oauth-scopes.const';

const listScopeNames = (value: unknown): string[] => {
  if (typeof value === 'string') {
    return value.split(' ').filter(Boolean);
  }

  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
};

// The MCP scopes an access token grants, from its space-separated `scope`
// claim (RFC 9068), or `scp` as some authorization servers name it. Scopes
// the endpoint does not define are ignored.
export const mapOAuthScopes = (
  claims: Readonly<Record<string, unknown>>,
): McpScope[] => {
  const granted = new Set(
    [...listScopeNames(claims.scope), ...listScopeNames(claims.scp)]
      .filter((name) => Object.hasOwn(OAUTH_SCOPES, name))
      .map((name) => OAUTH_SCOPES[name]),
  );

  return MCP_SCOPES.filter((scope) => granted.has(scope));
};
