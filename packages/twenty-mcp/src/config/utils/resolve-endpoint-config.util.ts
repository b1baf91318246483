import { DEFAULT_MCP_PATH } from '../constants/default-mcp-path.const';
import { OAUTH_SCOPES } from '../constants/oauth-scopes.const';
import { type McpEndpointConfig } from '../types/mcp-endpoint-config.type';
import { type TwentyMcpModuleOptions } from '../types/twenty-mcp-module-options.type';

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

export const resolveEndpointConfig = (
  options: TwentyMcpModuleOptions,
): McpEndpointConfig => {
  const path = `/${(options.path ?? DEFAULT_MCP_PATH).replace(/^\/+|\/+$/g, '')}`;
  const base = new URL(options.publicUrl);
  const resourceUrl = new URL(path, base).href;
  // The verified issuer first; others are for back-ends whose AUTH_PORT
  // accepts their tokens.
  const authorizationServers = [
    ...new Set([
      ...(options.oauth ? [options.oauth.issuer] : []),
      ...(options.authorizationServers ?? []),
    ]),
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
    scopesSupported:
      authorizationServers.length > 0 ? Object.keys(OAUTH_SCOPES) : [],
    allowedHosts: options.allowedHosts ?? [
      ...new Set([...LOOPBACK_HOSTS, base.hostname]),
    ],
    allowedOrigins: options.allowedOrigins ?? [],
  };
};
