import { randomUUID } from 'node:crypto';

import { type AuditEvent } from '../../domain/audit/types/audit-event.type';
import { hashAuditArguments } from '../../domain/audit/utils/hash-audit-arguments.util';
import { type Principal } from '../../domain/principal/types/principal.type';
import { collectRecordIds } from './collect-record-ids.util';
import { readClientInfo } from './read-client-info.util';

// A tool call as the audit trail records it: who (credential kind and id,
// never the secret), which client, what (tool, object, record ids, the
// arguments' hash) and how it ended.
export const buildToolCallAuditEvent = ({
  principal,
  params,
  client,
  tool,
  object,
  result,
  outcome,
  errorClass,
  durationMs,
  requestId,
}: {
  principal: Principal;
  params: { arguments?: unknown };
  client: unknown;
  tool: string;
  object: string | undefined;
  result: unknown;
  outcome: AuditEvent['outcome'];
  errorClass: string | undefined;
  durationMs: number;
  requestId: string | undefined;
}): AuditEvent => ({
  eventId: randomUUID(),
  workspaceId: principal.workspaceId,
  occurredAt: new Date(),
  kind: 'toolCall',
  principalKind: principal.kind,
  principalId: principal.credentialId,
  ...readClientInfo(client),
  action: tool,
  object: object ?? null,
  recordIds: collectRecordIds(result),
  argumentsHash: hashAuditArguments(params.arguments),
  arguments: null,
  outcome,
  errorClass: errorClass ?? null,
  durationMs: Math.round(durationMs),
  requestId: requestId ?? null,
});
