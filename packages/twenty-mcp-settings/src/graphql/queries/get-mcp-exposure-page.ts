import { MCP_OBJECT_EXPOSURE_FRAGMENT } from '../fragments/mcp-object-exposure-fragment';
import { MCP_SETTINGS_FRAGMENT } from '../fragments/mcp-settings-fragment';

export const GET_MCP_EXPOSURE_PAGE = `
  query McpExposurePage {
    mcpSettings {
      ...McpSettingsFields
    }
    mcpObjects {
      ...McpObjectExposureFields
    }
  }
  ${MCP_SETTINGS_FRAGMENT}
  ${MCP_OBJECT_EXPOSURE_FRAGMENT}
`;
