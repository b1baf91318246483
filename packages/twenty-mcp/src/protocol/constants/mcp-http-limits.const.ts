export const MCP_HTTP_LIMITS = {
  maxRequestBodyBytes: 4 * 1024 * 1024,
} as const;
