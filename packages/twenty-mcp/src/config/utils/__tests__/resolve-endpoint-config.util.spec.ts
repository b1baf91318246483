import { type DataSource } from 'typeorm';

import { resolveEndpointConfig } from '../resolve-endpoint-config.util';

const base = {
  publicUrl: 'https://crm.example.com',
  dataSource: {} as DataSource,
};

describe('resolveEndpointConfig', () => {
  it('should advertise no authorization server and no scopes by default', () => {
    expect(resolveEndpointConfig(base)).toMatchObject({
      path: '/mcp',
      resourceUrl: 'https://crm.example.com/mcp',
      resourceMetadataUrl:
        'https://crm.example.com/.well-known/oauth-protected-resource/mcp',
      authorizationServers: [],
      scopesSupported: [],
    });
  });

  it('should list the OAuth issuer first, then further servers once, with the MCP scopes', () => {
    expect(
      resolveEndpointConfig({
        ...base,
        oauth: { issuer: 'https://auth.example.com' },
        authorizationServers: [
          'https://other.example.com',
          'https://auth.example.com',
        ],
      }),
    ).toMatchObject({
      authorizationServers: [
        'https://auth.example.com',
        'https://other.example.com',
      ],
      scopesSupported: ['mcp:read', 'mcp:write', 'mcp:delete', 'mcp:destroy'],
    });
  });
});
