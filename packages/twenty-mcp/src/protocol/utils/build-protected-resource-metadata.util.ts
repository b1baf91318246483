// RFC 9728 protected-resource metadata for the MCP endpoint. Twenty API keys
// and MCP tokens are bearer tokens too; authorization servers, and the
// scopes their tokens may carry, are listed when configured.
export const buildProtectedResourceMetadata = ({
  resource,
  authorizationServers,
  scopesSupported,
  resourceName,
}: {
  resource: string;
  authorizationServers: string[];
  scopesSupported: string[];
  resourceName: string;
}): Record<string, unknown> => ({
  resource,
  ...(authorizationServers.length > 0
    ? { authorization_servers: authorizationServers }
    : {}),
  ...(scopesSupported.length > 0 ? { scopes_supported: scopesSupported } : {}),
  bearer_methods_supported: ['header'],
  resource_name: resourceName,
  resource_documentation: 'https://github.com/twentyhq/twenty',
});
