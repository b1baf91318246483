export const GET_MCP_VIEWER = `
  query McpViewer {
    mcpViewer {
      name
      workspaceId
      workspaceName
      roleLabel
    }
  }
`;
