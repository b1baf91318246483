export const GET_MCP_TOOL_PREVIEW = `
  query McpToolPreview($input: McpToolPreviewInput!) {
    mcpToolPreview(input: $input) {
      tools {
        name
        title
        description
      }
      tokenCount
      toolsListJson
    }
  }
`;
