import { type AuditEvent } from '../../../domain/audit/types/audit-event.type';

// An event as a job carries it (JSON: the date as ISO text) and back.
export const serializeAuditEvent = (
  event: AuditEvent,
): Record<string, unknown> => ({
  ...event,
  occurredAt: event.occurredAt.toISOString(),
});

export const deserializeAuditEvent = (
  data: Record<string, unknown>,
): AuditEvent =>
  ({
    ...data,
    occurredAt: new Date(data.occurredAt as string),
  }) as AuditEvent;
