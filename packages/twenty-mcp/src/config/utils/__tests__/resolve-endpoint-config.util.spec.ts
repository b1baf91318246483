import { type DataSource } from 'typeorm';

import { DEFAULT_MCP_PATH } from '../../constants/default-mcp-path.const';
import { resolveEndpointConfig } from '../resolve-endpoint-config.util';

const base = {
  publicUrl: 'https://crm.example.com',
  dataSource: {} as DataSource,
};

describe('resolveEndpointConfig', () => {
  it('should advertise no authorization server and no scopes by default', () => {
    // Not /mcp: inside twenty-server that is Twenty's own MCP endpoint.
    expect(DEFAULT_MCP_PATH).toBe('/twenty-mcp');
    expect(resolveEndpointConfig(base)).toMatchObject({
      path: '/twenty-mcp',
      resourceUrl: 'https://crm.example.com/twenty-mcp',
      resourceMetadataUrl:
        'https://crm.example.com/.well-known/oauth-protected-resource/twenty-mcp',
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
      scopesSupported: [
        'mcp:read',
        'mcp:write',
        'mcp:delete',
        'mcp:destroy',
        'mcp:erase',
      ],
      // Erasure is asked for only by a client that means it.
      challengeScopes: ['mcp:read', 'mcp:write', 'mcp:delete', 'mcp:destroy'],
    });
  });

  it("should name Twenty's own server with Twenty's scopes when its URL is given", () => {
    expect(
      resolveEndpointConfig({
        ...base,
        twentyServerUrl: 'https://crm.example.com',
      }),
    ).toMatchObject({
      authorizationServers: ['https://crm.example.com'],
      scopesSupported: ['api', 'profile'],
    });
    expect(
      resolveEndpointConfig({
        ...base,
        oauth: { issuer: 'https://auth.example.com' },
        twentyServerUrl: 'https://crm.example.com',
      }),
    ).toMatchObject({
      authorizationServers: [
        'https://auth.example.com',
        'https://crm.example.com',
      ],
      scopesSupported: [
        'mcp:read',
        'mcp:write',
        'mcp:delete',
        'mcp:destroy',
        'mcp:erase',
        'api',
        'profile',
      ],
    });
  });
});
