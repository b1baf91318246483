// How long the authorization server gets to answer metadata and JWKS fetches.
export const OAUTH_HTTP_TIMEOUT_MS = 5_000;
