// lastUsedAt is written at most this often per token, so a busy token does
// not turn every read into a write.
export const MCP_TOKEN_LAST_USED_RESOLUTION_SECONDS = 60;
