export const MCP_SETTINGS_FRAGMENT = `
  fragment McpSettingsFields on McpSettings {
    instanceEnabled
    isEnabled
    exposeNewObjects
    auditRecordArguments
    auditRetentionDays
    callLimits {
      readCallsPerTokenPerHour
      writeCallsPerTokenPerHour
      callsPerWorkspacePerHour
    }
    defaultCallLimits {
      readCallsPerTokenPerHour
      writeCallsPerTokenPerHour
      callsPerWorkspacePerHour
    }
    erasureContactFields
    erasureContactFieldChoices {
      key
      objectName
      objectLabel
      fieldName
      fieldLabel
      fieldType
      isDefault
    }
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
