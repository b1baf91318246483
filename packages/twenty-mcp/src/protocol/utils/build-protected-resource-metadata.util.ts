// RFC 9728 protected-resource metadata for the MCP endpoint. Twenty API keys
// are bearer tokens; authorization servers are listed when configured.
export const buildProtectedResourceMetadata = ({
  resource,
  authorizationServers,
  resourceName,
}: {
  resource: string;
  authorizationServers: string[];
  resourceName: string;
}): Record<string, unknown> => ({
  resource,
  ...(authorizationServers.length > 0
    ? { authorization_servers: authorizationServers }
    : {}),
  bearer_methods_supported: ['header'],
  resource_name: resourceName,
  resource_documentation: 'https://github.com/twentyhq/twenty',
});
