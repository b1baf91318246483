export const GET_MCP_INDEX_ADVICE = `
  query GetMcpIndexAdvice {
    mcpIndexAdvice {
      objectName
      objectLabel
      description
      calls
      lastUsedAt
      statement
      servedBy
      notes
    }
  }
`;
