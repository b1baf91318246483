// OAuthOptions validated and with every default applied.
export type OAuthConfig = {
  issuer: string;
  jwksUri: string | null;
  audience: string;
  workspaceId: string | null;
  emailClaim: string;
};
