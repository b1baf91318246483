// An OAuth 2.1 authorization server whose access tokens the MCP endpoint
// accepts (the endpoint is a resource server only; it never issues tokens).
export type OAuthOptions = {
  // Exactly the `iss` of its tokens, e.g. https://auth.example.com
  issuer: string;
  // Unset: discovered from the issuer's RFC 8414 / OpenID metadata.
  jwksUri?: string;
  // The `aud` tokens must carry (default: the MCP endpoint's URL, RFC 8707).
  audience?: string;
  // The Twenty workspace tokens act in; unset: the user's only workspace.
  workspaceId?: string;
  // The claim that names the Twenty user (default `email`).
  emailClaim?: string;
};
