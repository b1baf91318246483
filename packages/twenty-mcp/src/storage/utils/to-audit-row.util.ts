import { type AuditRow } from '../../domain/audit/types/audit-row.type';

// A row of mcp."auditEvent" as pg returns it (bigint as text) → AuditRow.
export const toAuditRow = (row: Record<string, unknown>): AuditRow => ({
  workspaceId: row.workspaceId as string,
  sequence: Number(row.sequence),
  eventId: row.eventId as string,
  occurredAt: new Date(row.occurredAt as Date | string),
  kind: row.kind as AuditRow['kind'],
  principalKind: row.principalKind as string,
  principalId: row.principalId as string,
  clientName: (row.clientName as string | null) ?? null,
  clientVersion: (row.clientVersion as string | null) ?? null,
  action: row.action as string,
  object: (row.object as string | null) ?? null,
  recordIds: (row.recordIds as string[] | null) ?? [],
  argumentsHash: (row.argumentsHash as string | null) ?? null,
  arguments: row.arguments ?? null,
  outcome: row.outcome as AuditRow['outcome'],
  errorClass: (row.errorClass as string | null) ?? null,
  durationMs: (row.durationMs as number | null) ?? null,
  requestId: (row.requestId as string | null) ?? null,
  prevHash: row.prevHash as string,
  hash: row.hash as string,
});
