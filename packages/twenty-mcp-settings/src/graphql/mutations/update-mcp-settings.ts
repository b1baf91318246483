import { MCP_SETTINGS_FRAGMENT } from '../fragments/mcp-settings-fragment';

export const UPDATE_MCP_SETTINGS = `
  mutation UpdateMcpSettings($input: UpdateMcpSettingsInput!) {
    updateMcpSettings(input: $input) {
      ...McpSettingsFields
    }
  }
  ${MCP_SETTINGS_FRAGMENT}
`;
