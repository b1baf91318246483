// Inside twenty-server /mcp is Twenty's own MCP endpoint (POST only), so the
// module's default is a path Twenty does not serve.
export const DEFAULT_MCP_PATH = '/twenty-mcp';
