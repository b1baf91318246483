import { MCP_SETTINGS_FRAGMENT } from '../fragments/mcp-settings-fragment';

export const GET_MCP_SETTINGS = `
  query McpSettings {
    mcpSettings {
      ...McpSettingsFields
    }
  }
  ${MCP_SETTINGS_FRAGMENT}
`;
