// `tmcp_` + 32 random bytes in base64url: recognisable by secret scanners,
// 256 bits of entropy, so a plain SHA-256 is a safe way to store it.
export const MCP_TOKEN_FORMAT = {
  prefix: 'tmcp_',
  randomBytes: 32,
  pattern: /^tmcp_[A-Za-z0-9_-]{43}$/,
  // Characters kept in clear so people can tell tokens apart.
  displayLength: 12,
} as const;
