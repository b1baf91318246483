import { randomUUID } from 'node:crypto';

import { type AuditEvent } from '../../domain/audit/types/audit-event.type';
import { hashAuditArguments } from '../../domain/audit/utils/hash-audit-arguments.util';
import { TwentyMcpExceptionCode } from '../../domain/exceptions/twenty-mcp-exception-code.enum';
import { isTwentyMcpException } from '../../domain/exceptions/utils/is-twenty-mcp-exception.util';
import { type SettingsCredential } from '../../domain/principal/types/settings-credential.type';

// A settings mutation as the audit trail records it: who (user or API key,
// by id), which change, its arguments with secrets redacted (settings
// changes carry no record data, so they are kept), the id it acted on and
// how it ended.
export const buildSettingsChangeAuditEvent = ({
  credential,
  change,
  redactedArguments,
  result,
  error,
  durationMs,
  requestId,
}: {
  credential: SettingsCredential;
  change: string;
  redactedArguments: unknown;
  result?: unknown;
  error?: unknown;
  durationMs: number;
  requestId: string | null;
}): AuditEvent => {
  const target =
    (redactedArguments as { id?: unknown } | null)?.id ??
    (result as { id?: unknown } | undefined)?.id ??
    (result as { record?: { id?: unknown } } | undefined)?.record?.id;
  const failed = error !== undefined;

  return {
    eventId: randomUUID(),
    workspaceId: credential.workspaceId,
    occurredAt: new Date(),
    kind: 'settingsChange',
    principalKind: credential.kind,
    principalId: credential.credentialId,
    clientName: null,
    clientVersion: null,
    action: change,
    object: null,
    recordIds: typeof target === 'string' ? [target] : [],
    argumentsHash: hashAuditArguments(redactedArguments),
    arguments: redactedArguments ?? null,
    outcome: !failed
      ? 'ok'
      : isTwentyMcpException(error) &&
          error.code !== TwentyMcpExceptionCode.INTERNAL_ERROR
        ? 'client_error'
        : 'internal_error',
    errorClass: !failed
      ? null
      : isTwentyMcpException(error)
        ? error.code
        : error instanceof Error
          ? error.name
          : typeof error,
    durationMs: Math.round(durationMs),
    requestId,
  };
};
