import { MCP_TOKEN_FRAGMENT } from '../fragments/mcp-token-fragment';

export const REVOKE_MCP_TOKEN = `
  mutation RevokeMcpToken($id: ID!) {
    revokeMcpToken(id: $id) {
      ...McpTokenFields
    }
  }
  ${MCP_TOKEN_FRAGMENT}
`;
