import { buildProtectedResourceMetadata } from '../build-protected-resource-metadata.util';

describe('buildProtectedResourceMetadata', () => {
  it('should list the authorization servers and their scopes when configured', () => {
    expect(
      buildProtectedResourceMetadata({
        resource: 'https://crm.example.com/mcp',
        authorizationServers: ['https://auth.example.com'],
        scopesSupported: ['mcp:read', 'mcp:write'],
        resourceName: 'Twenty CRM (MCP)',
      }),
    ).toEqual({
      resource: 'https://crm.example.com/mcp',
      authorization_servers: ['https://auth.example.com'],
      scopes_supported: ['mcp:read', 'mcp:write'],
      bearer_methods_supported: ['header'],
      resource_name: 'Twenty CRM (MCP)',
      resource_documentation: 'https://github.com/twentyhq/twenty',
    });
  });

  it('should leave both out when no authorization server is configured', () => {
    const metadata = buildProtectedResourceMetadata({
      resource: 'https://crm.example.com/mcp',
      authorizationServers: [],
      scopesSupported: [],
      resourceName: 'Twenty CRM (MCP)',
    });

    expect(metadata).not.toHaveProperty('authorization_servers');
    expect(metadata).not.toHaveProperty('scopes_supported');
    expect(metadata.bearer_methods_supported).toEqual(['header']);
  });
});
