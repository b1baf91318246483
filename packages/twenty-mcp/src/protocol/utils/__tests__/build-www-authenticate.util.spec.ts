import { buildWwwAuthenticate } from '../build-www-authenticate.util';

describe('buildWwwAuthenticate', () => {
  it('should point a bare challenge at the resource metadata', () => {
    expect(
      buildWwwAuthenticate({
        resourceMetadataUrl:
          'http://h/.well-known/oauth-protected-resource/mcp',
      }),
    ).toBe(
      'Bearer resource_metadata="http://h/.well-known/oauth-protected-resource/mcp"',
    );
  });

  it('should carry the error and a description without breaking the quoting', () => {
    expect(
      buildWwwAuthenticate({
        resourceMetadataUrl: 'http://h/m',
        error: 'invalid_token',
        errorDescription: 'The "token" is expired',
      }),
    ).toBe(
      `Bearer error="invalid_token", error_description="The 'token' is expired", resource_metadata="http://h/m"`,
    );
  });

  it('should name the scope to request on an insufficient_scope challenge (RFC 6750 §3.1)', () => {
    expect(
      buildWwwAuthenticate({
        resourceMetadataUrl: 'http://h/m',
        error: 'insufficient_scope',
        scope: 'mcp:read',
      }),
    ).toBe(
      'Bearer error="insufficient_scope", scope="mcp:read", resource_metadata="http://h/m"',
    );
  });
});
