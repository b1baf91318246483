// One row of the workspace's audit trail, as mcpAuditEvents returns it
// (docs/audit-trail.md).
export type McpAuditEvent = {
  sequence: number;
  eventId: string;
  occurredAt: string;
  kind: string;
  principalKind: string;
  principalId: string;
  clientName: string | null;
  clientVersion: string | null;
  action: string;
  object: string | null;
  recordIds: string[];
  outcome: string;
  errorClass: string | null;
  durationMs: number | null;
};
