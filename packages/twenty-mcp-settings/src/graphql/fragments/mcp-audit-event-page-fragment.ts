export const MCP_AUDIT_EVENT_PAGE_FRAGMENT = `
  fragment McpAuditEventPageFields on McpAuditEventPage {
    events {
      sequence
      eventId
      occurredAt
      kind
      principalKind
      principalId
      clientName
      clientVersion
      action
      object
      recordIds
      outcome
      errorClass
      durationMs
    }
    nextBeforeSequence
  }
`;
