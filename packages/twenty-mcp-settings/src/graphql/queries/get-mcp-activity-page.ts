import { MCP_SETTINGS_FRAGMENT } from '../fragments/mcp-settings-fragment';

// What the Activity page needs once: the settings, the token names
// principals are shown by, every tool seen (for the tool filter), the chain.
export const GET_MCP_ACTIVITY_PAGE = `
  query GetMcpActivityPage {
    mcpSettings {
      ...McpSettingsFields
    }
    mcpTokens {
      id
      name
    }
    toolChoices: mcpAuditActivity(input: { bucket: "day" }) {
      action
    }
  }
  ${MCP_SETTINGS_FRAGMENT}
`;
