// What a credential may do at most; Twenty API keys carry every scope and
// are limited by their role alone.
export const MCP_SCOPES = ['read', 'write', 'delete', 'destroy'] as const;

export type McpScope = (typeof MCP_SCOPES)[number];
