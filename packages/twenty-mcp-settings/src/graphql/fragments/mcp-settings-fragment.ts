export const MCP_SETTINGS_FRAGMENT = `
  fragment McpSettingsFields on McpSettings {
    instanceEnabled
    isEnabled
    exposeNewObjects
    endpointUrl
    toolMode
    twentyEventsDelivery
    clientConfigs {
      id
      client
      where
      text
      note
    }
  }
`;
