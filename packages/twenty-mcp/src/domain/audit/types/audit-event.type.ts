// One audited action as the code that observed it describes it, before it
// has a place in its workspace's chain. Never a secret: principals are
// named by kind and id, arguments by their hash unless the workspace opted
// in to keeping them.
export type AuditEvent = {
  // Unique per event: appending is idempotent on it, so a retry through the
  // queue and the direct fallback never chains an event twice.
  eventId: string;
  workspaceId: string;
  occurredAt: Date;
  kind: 'toolCall' | 'settingsChange' | 'retentionPrune';
  // mcpToken / apiKey / oauth / twentyApplication for MCP calls, user /
  // apiKey for settings changes, system for retention.
  principalKind: string;
  // MCP token id, API key id, OAuth subject, userWorkspace id.
  principalId: string;
  clientName: string | null;
  clientVersion: string | null;
  // The tool name or the settings mutation.
  action: string;
  object: string | null;
  recordIds: string[];
  // SHA-256 of the canonical JSON of the arguments.
  argumentsHash: string | null;
  arguments: unknown;
  outcome: 'ok' | 'client_error' | 'internal_error';
  errorClass: string | null;
  durationMs: number | null;
  requestId: string | null;
};
