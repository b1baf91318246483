export const GET_MCP_AUDIT_CHAIN = `
  query GetMcpAuditChain {
    mcpAuditChain {
      valid
      checkedRows
      prunedThroughSequence
      lastSequence
      headHash
      firstBadSequence
      problem
    }
  }
`;
