import { OAUTH_SCOPES } from '../../services/oauth/constants/oauth-scopes.const';
import { type McpEndpointConfig } from '../../protocol/types/mcp-endpoint-config.type';
import { type TwentyMcpModuleOptions } from '../types/twenty-mcp-module-options.type';

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

export const resolveEndpointConfig = (
  options: TwentyMcpModuleOptions,
): McpEndpointConfig => {
  const path = `/${(options.path ?? '/mcp').replace(/^\/+|\/+$/g, '')}`;
  const base = new URL(options.publicUrl);
  const resourceUrl = new URL(path, base).href;
  // The verified issuer first; others are for hosts whose own AuthPort
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
