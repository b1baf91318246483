// What a credential may do at most. `erase` (a person and their personal
// data, docs/guardrails.md) is only ever granted explicitly: to an MCP
// token by its issuer, or as the OAuth scope mcp:erase.
export const MCP_SCOPES = [
  'read',
  'write',
  'delete',
  'destroy',
  'erase',
] as const;

export type McpScope = (typeof MCP_SCOPES)[number];

// What Twenty's own credentials (API keys, tokens Twenty issues to
// applications) carry: every scope but `erase`, limited by their role alone.
export const TWENTY_CREDENTIAL_SCOPES: readonly McpScope[] = [
  'read',
  'write',
  'delete',
  'destroy',
];
