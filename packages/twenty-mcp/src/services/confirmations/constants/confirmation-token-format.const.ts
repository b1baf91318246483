// `tcfm_` + 32 random bytes in base64url: 256 bits, so a plain SHA-256 is a
// safe way to store it, and a prefix that tells it apart from MCP tokens.
export const CONFIRMATION_TOKEN_FORMAT = {
  prefix: 'tcfm_',
  randomBytes: 32,
  pattern: /^tcfm_[A-Za-z0-9_-]{43}$/,
} as const;
