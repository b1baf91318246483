export const GET_MCP_PREVIEW_PAGE = `
  query McpPreviewPage {
    mcpSettings {
      toolMode
    }
    mcpRoles {
      id
      label
      description
    }
    mcpObjects {
      objectId
      nameSingular
      labelPlural
    }
  }
`;
