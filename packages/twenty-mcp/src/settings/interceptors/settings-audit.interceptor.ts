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
import { redactSettingsArguments } from '../utils/redact-settings-arguments.util';

const logger = new Logger('TwentyMcp');

// An audit line for every settings change that succeeded: who (workspace,
// credential kind and id) changed what (the mutation and its arguments,
// secrets redacted). Queries are not logged.
@Injectable()
export class SettingsAuditInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const gql = GqlExecutionContext.create(context);

    if (
      gql.getInfo<{ operation?: { operation?: string } }>()?.operation
        ?.operation !== 'mutation'
    ) {
      return next.handle();
    }

    return next.handle().pipe(
      tap(() => {
        const credential = gql.getContext<{ req?: SettingsRequest }>().req
          ?.settingsCredential;

        logger.log({
          msg: 'settings changed',
          change: gql.getInfo<{ fieldName: string }>().fieldName,
          workspaceId: credential?.workspaceId,
          actorKind: credential?.kind,
          actorId: credential?.credentialId,
          arguments: redactSettingsArguments(gql.getArgs()),
        });
      }),
    );
  }
}
