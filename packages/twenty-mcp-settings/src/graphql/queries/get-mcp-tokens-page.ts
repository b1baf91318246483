import { MCP_TOKEN_FRAGMENT } from '../fragments/mcp-token-fragment';

export const GET_MCP_TOKENS_PAGE = `
  query McpTokensPage {
    mcpTokens {
      ...McpTokenFields
    }
    mcpRoles {
      id
      label
      description
      grantableScopes
    }
    mcpObjects {
      objectId
      nameSingular
      labelPlural
    }
  }
  ${MCP_TOKEN_FRAGMENT}
`;
