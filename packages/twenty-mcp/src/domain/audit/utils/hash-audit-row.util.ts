import { type AuditEvent } from '../types/audit-event.type';
import { canonicalizeJson } from '../../values/utils/canonicalize-json.util';
import { sha256Hex } from '../../values/utils/sha256-hex.util';

// A row's hash: SHA-256 over the previous row's hash and the canonical JSON
// of every stored field of the row (its sequence included), so editing a
// field, moving a row or removing one breaks the link to the next.
export const hashAuditRow = (
  event: AuditEvent,
  sequence: number,
  prevHash: string,
): string =>
  sha256Hex(
    `${prevHash}\n${canonicalizeJson({
      sequence,
      eventId: event.eventId,
      workspaceId: event.workspaceId,
      occurredAt: event.occurredAt.toISOString(),
      kind: event.kind,
      principalKind: event.principalKind,
      principalId: event.principalId,
      clientName: event.clientName,
      clientVersion: event.clientVersion,
      action: event.action,
      object: event.object,
      recordIds: event.recordIds,
      argumentsHash: event.argumentsHash,
      arguments: event.arguments ?? null,
      outcome: event.outcome,
      errorClass: event.errorClass,
      durationMs: event.durationMs,
      requestId: event.requestId,
    })}`,
  );
