export const MCP_TOKEN_FRAGMENT = `
  fragment McpTokenFields on McpToken {
    id
    name
    displayPrefix
    role {
      id
      label
      description
    }
    scopes
    objectIds
    expiresAt
    lastUsedAt
    revokedAt
    createdAt
    status
  }
`;
