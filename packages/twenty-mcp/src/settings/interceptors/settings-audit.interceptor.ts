import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  Logger,
  type NestInterceptor,
} from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { type Observable, tap } from 'rxjs';

import { type SettingsRequest } from '../types/settings-request.type';
import { AuditTrailService } from '../../services/audit/audit-trail.service';
import { buildSettingsChangeAuditEvent } from '../utils/build-settings-change-audit-event.util';
import { redactSettingsArguments } from '../utils/redact-settings-arguments.util';

const logger = new Logger('TwentyMcp');

// An audit line for every settings change that succeeded: who (workspace,
// credential kind and id) changed what (the mutation and its arguments,
// secrets redacted); and an audit-trail event for every settings change,
// failed ones too (docs/audit-trail.md). Queries are not logged.
@Injectable()
export class SettingsAuditInterceptor implements NestInterceptor {
  constructor(private readonly audit: AuditTrailService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const gql = GqlExecutionContext.create(context);

    if (
      gql.getInfo<{ operation?: { operation?: string } }>()?.operation
        ?.operation !== 'mutation'
    ) {
      return next.handle();
    }

    const startedAt = performance.now();
    const request = gql.getContext<{ req?: SettingsRequest }>().req;
    const change = gql.getInfo<{ fieldName: string }>().fieldName;
    const redactedArguments = redactSettingsArguments(gql.getArgs());
    const recordEvent = (outcome: { result?: unknown; error?: unknown }) => {
      const credential = request?.settingsCredential;

      if (!credential) {
        return;
      }

      // This process reads the workspace's argument opt-in anew.
      this.audit.forgetSettings(credential.workspaceId);
      this.audit.record(
        buildSettingsChangeAuditEvent({
          credential,
          change,
          redactedArguments,
          ...outcome,
          durationMs: performance.now() - startedAt,
          requestId: readRequestId(request),
        }),
      );
    };

    return next.handle().pipe(
      tap({
        next: (result) => {
          const credential = request?.settingsCredential;

          logger.log({
            msg: 'settings changed',
            change,
            workspaceId: credential?.workspaceId,
            actorKind: credential?.kind,
            actorId: credential?.credentialId,
            arguments: redactedArguments,
          });
          recordEvent({ result });
        },
        error: (error: unknown) => recordEvent({ error }),
      }),
    );
  }
}

// The host's request id when it passed one on (X-Request-Id).
const readRequestId = (request: SettingsRequest | undefined): string | null => {
  const header = request?.headers['x-request-id'];
  const value = Array.isArray(header) ? header[0] : header;

  return value ? value.slice(0, 200) : null;
};
