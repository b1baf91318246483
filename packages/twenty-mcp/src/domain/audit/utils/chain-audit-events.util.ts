import { type AuditEvent } from '../types/audit-event.type';
import { type AuditRow } from '../types/audit-row.type';
import { hashAuditRow } from './hash-audit-row.util';

// The rows that extend a chain whose last row has `lastSequence` and
// `lastHash` with these events, in order.
export const chainAuditEvents = (
  events: readonly AuditEvent[],
  lastSequence: number,
  lastHash: string,
): AuditRow[] => {
  const rows: AuditRow[] = [];
  let prevHash = lastHash;

  events.forEach((event, index) => {
    const sequence = lastSequence + index + 1;
    const hash = hashAuditRow(event, sequence, prevHash);

    rows.push({ ...event, sequence, prevHash, hash });
    prevHash = hash;
  });

  return rows;
};
