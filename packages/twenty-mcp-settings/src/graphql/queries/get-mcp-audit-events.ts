import { MCP_AUDIT_EVENT_PAGE_FRAGMENT } from '../fragments/mcp-audit-event-page-fragment';

// A further (older) page of events.
export const GET_MCP_AUDIT_EVENTS = `
  query GetMcpAuditEvents($input: McpAuditEventsInput) {
    mcpAuditEvents(input: $input) {
      ...McpAuditEventPageFields
    }
  }
  ${MCP_AUDIT_EVENT_PAGE_FRAGMENT}
`;
