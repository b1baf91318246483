import { MCP_AUDIT_EVENT_PAGE_FRAGMENT } from '../fragments/mcp-audit-event-page-fragment';

// The filtered counts over time and the first page of events, together.
export const GET_MCP_AUDIT_ACTIVITY = `
  query GetMcpAuditActivity(
    $activity: McpAuditEventsInput
    $events: McpAuditEventsInput
  ) {
    mcpAuditActivity(input: $activity) {
      start
      action
      outcome
      count
    }
    mcpAuditEvents(input: $events) {
      ...McpAuditEventPageFields
    }
  }
  ${MCP_AUDIT_EVENT_PAGE_FRAGMENT}
`;
