// Sign-in through Twenty's OAuth server: the page's link (relative to the
// settings path), the redirect URI registered with Twenty, and the <meta>
// that tells the page the link exists.
export const TWENTY_SIGN_IN = {
  startPath: 'auth/twenty',
  callbackPath: 'auth/twenty/callback',
  metaName: 'twenty-mcp-twenty-sign-in',
  clientName: 'Twenty MCP settings',
  scope: 'api profile',
  // A started sign-in must come back within this time; the browser keeps
  // it in this cookie, sent only to the callback.
  pendingLifetimeMs: 10 * 60_000,
  cookieName: 'twenty_mcp_sign_in',
  httpTimeoutMs: 5_000,
  // Twenty's discovery document is read again after this time.
  metadataLifetimeMs: 5 * 60_000,
} as const;
