import { LOOPBACK_HOSTNAMES } from '../constants/loopback-hostnames.const';
import { DEFAULT_MCP_PATH } from '../constants/default-mcp-path.const';
import {
  OAUTH_SCOPES,
  OPT_IN_OAUTH_SCOPES,
} from '../constants/oauth-scopes.const';
import { TWENTY_OAUTH_SCOPES } from '../constants/twenty-oauth-scopes.const';
import { type McpEndpointConfig } from '../types/mcp-endpoint-config.type';
import { type TwentyMcpModuleOptions } from '../types/twenty-mcp-module-options.type';

export const resolveEndpointConfig = (
  options: TwentyMcpModuleOptions,
): McpEndpointConfig => {
  const path = `/${(options.path ?? DEFAULT_MCP_PATH).replace(/^\/+|\/+$/g, '')}`;
  const base = new URL(options.publicUrl);
  const resourceUrl = new URL(path, base).href;
  // The verified issuer first; others are for back-ends whose AUTH_PORT
  // accepts their tokens.
  const mcpScopeServers = [
    ...(options.oauth ? [options.oauth.issuer] : []),
    ...(options.authorizationServers ?? []),
  ];
  // As configured: Twenty's discovery document names its SERVER_URL,
  // unchanged, as the issuer, and clients compare the two exactly.
  const twentyServer = options.twentyServerUrl ? [options.twentyServerUrl] : [];
  const authorizationServers = [
    ...new Set([...mcpScopeServers, ...twentyServer]),
  ];
  // Clients ask the authorization server for these: ours where an issuer
  // knows them, Twenty's where Twenty signs the user in (its role, not a
  // scope, then decides what the token may do).
  const scopesSupported = [
    ...(mcpScopeServers.length > 0 ? Object.keys(OAUTH_SCOPES) : []),
    ...(twentyServer.length > 0 ? TWENTY_OAUTH_SCOPES : []),
  ];

  return {
    path,
    resourceUrl,
    resourceMetadataUrl: new URL(
      `/.well-known/oauth-protected-resource${path}`,
      base,
    ).href,
    serveRootResourceMetadata: options.serveRootResourceMetadata ?? false,
    resourceName: 'Twenty CRM (MCP)',
    authorizationServers,
    scopesSupported,
    challengeScopes: scopesSupported.filter(
      (scope) => !OPT_IN_OAUTH_SCOPES.includes(scope),
    ),
    allowedHosts: options.allowedHosts ?? [
      ...new Set([...LOOPBACK_HOSTNAMES, base.hostname]),
    ],
    allowedOrigins: options.allowedOrigins ?? [],
  };
};
