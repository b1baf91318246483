import { mapOAuthScopes } from '../map-oauth-scopes.util';

describe('mapOAuthScopes', () => {
  it('should map the space-separated scope claim to MCP scopes in a fixed order', () => {
    expect(
      mapOAuthScopes({ scope: 'openid mcp:delete email mcp:read mcp:write' }),
    ).toEqual(['read', 'write', 'delete']);
  });

  it('should grant nothing for a token without MCP scopes', () => {
    expect(mapOAuthScopes({ scope: 'openid email profile' })).toEqual([]);
    expect(mapOAuthScopes({})).toEqual([]);
    expect(mapOAuthScopes({ scope: 42 })).toEqual([]);
  });

  it('should not accept look-alikes or unknown mcp scopes', () => {
    expect(
      mapOAuthScopes({
        scope: 'mcp:READ read mcp:admin mcp:read:all toString __proto__',
      }),
    ).toEqual([]);
  });

  it('should read scp as a string or an array, as some servers name it', () => {
    expect(mapOAuthScopes({ scp: ['mcp:destroy', 7, 'mcp:read'] })).toEqual([
      'read',
      'destroy',
    ]);
    expect(mapOAuthScopes({ scp: 'mcp:write', scope: 'mcp:write' })).toEqual([
      'write',
    ]);
  });

  it('should grant erase only when mcp:erase is granted by name', () => {
    expect(mapOAuthScopes({ scope: 'mcp:erase mcp:destroy mcp:read' })).toEqual(
      ['read', 'destroy', 'erase'],
    );
  });
});
