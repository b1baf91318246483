export const MCP_SETTINGS_FRAGMENT = `
  fragment McpSettingsFields on McpSettings {
    instanceEnabled
    isEnabled
    exposeNewObjects
    endpointUrl
    toolMode
    clientConfigs {
      id
      client
      where
      text
      note
    }
  }
`;
