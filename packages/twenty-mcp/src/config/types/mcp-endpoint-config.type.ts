// The endpoint as the module was configured, resolved to absolute values.
export type McpEndpointConfig = {
  // URL path of the endpoint, e.g. /twenty-mcp
  path: string;
  // Canonical URL of the endpoint (RFC 8707 resource), e.g. https://crm.example.com/twenty-mcp
  resourceUrl: string;
  // RFC 9728 §3.1: /.well-known/oauth-protected-resource + the endpoint path.
  resourceMetadataUrl: string;
  // Also serve the metadata at the root well-known path.
  serveRootResourceMetadata: boolean;
  resourceName: string;
  // Advertised in the protected-resource metadata (RFC 9728).
  authorizationServers: string[];
  scopesSupported: string[];
  // What a 401 challenge asks for: the supported scopes but opt-in ones.
  challengeScopes: string[];
  // Hostnames accepted in Host; '*' accepts any.
  allowedHosts: string[];
  // Origins (scheme://host[:port]) or hostnames accepted in Origin, besides loopback.
  allowedOrigins: string[];
};
