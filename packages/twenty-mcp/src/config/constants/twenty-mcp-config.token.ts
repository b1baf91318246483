// The resolved TwentyMcpConfig.
export const TWENTY_MCP_CONFIG = Symbol('TWENTY_MCP_CONFIG');
