// Where an issuer publishes its metadata, in the order MCP clients try them:
// RFC 8414 (well-known segment inserted before the issuer's path), then
// OpenID Connect Discovery (inserted, then appended).
export const buildAuthorizationServerMetadataUrls = (
  issuer: string,
): string[] => {
  const url = new URL(issuer);
  const path = url.pathname.replace(/\/+$/, '');
  const at = (pathname: string) => new URL(pathname, url.origin).href;

  return [
    ...new Set([
      at(`/.well-known/oauth-authorization-server${path}`),
      at(`/.well-known/openid-configuration${path}`),
      at(`${path}/.well-known/openid-configuration`),
    ]),
  ];
};
