import { buildAuthorizationServerMetadataUrls } from '../build-authorization-server-metadata-urls.util';

describe('buildAuthorizationServerMetadataUrls', () => {
  it('should try RFC 8414 then OpenID discovery for an issuer without a path', () => {
    expect(
      buildAuthorizationServerMetadataUrls('https://auth.example.com'),
    ).toEqual([
      'https://auth.example.com/.well-known/oauth-authorization-server',
      'https://auth.example.com/.well-known/openid-configuration',
    ]);
  });

  it('should insert the well-known segment before a path, then append it for OpenID', () => {
    expect(
      buildAuthorizationServerMetadataUrls(
        'https://auth.example.com/realms/crm/',
      ),
    ).toEqual([
      'https://auth.example.com/.well-known/oauth-authorization-server/realms/crm',
      'https://auth.example.com/.well-known/openid-configuration/realms/crm',
      'https://auth.example.com/realms/crm/.well-known/openid-configuration',
    ]);
  });
});
