import { MCP_TOKEN_FRAGMENT } from '../fragments/mcp-token-fragment';

export const ISSUE_MCP_TOKEN = `
  mutation IssueMcpToken($input: IssueMcpTokenInput!) {
    issueMcpToken(input: $input) {
      token
      record {
        ...McpTokenFields
      }
    }
  }
  ${MCP_TOKEN_FRAGMENT}
`;
