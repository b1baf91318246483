import { resolveOAuthConfig } from '../resolve-oauth-config.util';

const RESOURCE = 'https://crm.example.com/mcp';

describe('resolveOAuthConfig', () => {
  it('should default the audience to the MCP resource and the claim to email', () => {
    expect(
      resolveOAuthConfig({ issuer: 'https://auth.example.com' }, RESOURCE),
    ).toEqual({
      issuer: 'https://auth.example.com',
      jwksUri: null,
      audience: RESOURCE,
      workspaceId: null,
      emailClaim: 'email',
    });
  });

  it('should keep every value that is given', () => {
    expect(
      resolveOAuthConfig(
        {
          issuer: 'https://auth.example.com/realms/crm',
          jwksUri: 'https://auth.example.com/keys',
          audience: 'api://twenty-mcp',
          workspaceId: 'c0a8e3f4-6b1d-4e2a-9f57-3d8c1b2a4e60',
          emailClaim: 'upn',
        },
        RESOURCE,
      ),
    ).toEqual({
      issuer: 'https://auth.example.com/realms/crm',
      jwksUri: 'https://auth.example.com/keys',
      audience: 'api://twenty-mcp',
      workspaceId: 'c0a8e3f4-6b1d-4e2a-9f57-3d8c1b2a4e60',
      emailClaim: 'upn',
    });
  });

  it('should refuse a configuration that could never accept a token', () => {
    expect(() => resolveOAuthConfig({ issuer: 'auth' }, RESOURCE)).toThrow(
      'oauth.issuer must be an absolute URL',
    );
    expect(() =>
      resolveOAuthConfig({ issuer: 'file:///etc/issuer' }, RESOURCE),
    ).toThrow('oauth.issuer must be an http(s) URL');
    expect(() =>
      resolveOAuthConfig(
        { issuer: 'https://a.example', jwksUri: '/keys' },
        RESOURCE,
      ),
    ).toThrow('oauth.jwksUri must be an absolute URL');
    expect(() =>
      resolveOAuthConfig(
        { issuer: 'https://a.example', workspaceId: 'northwind' },
        RESOURCE,
      ),
    ).toThrow('oauth.workspaceId must be a workspace id');
  });
});
