import {
  type CanActivate,
  type ExecutionContext,
  Inject,
  Injectable,
} from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

import { TwentyMcpException } from '../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../domain/exceptions/twenty-mcp-exception-code.enum';
import {
  SETTINGS_AUTH_PORT,
  type SettingsAuthPort,
} from '../../ports/settings-auth.port';
import { AuthFailureLimiter } from '../../services/auth-failures/auth-failure-limiter.service';
import { authFailureKeys } from '../../services/auth-failures/utils/auth-failure-keys.util';
import { DatabaseBreakerService } from '../../services/database-breaker/database-breaker.service';
import { type SettingsRequest } from '../types/settings-request.type';
import { getClientAddress } from '../utils/get-client-address.util';

// Every settings operation but signIn: a Twenty credential whose role may
// manage API keys, checked against Twenty's tables on every request.
@Injectable()
export class SettingsAuthGuard implements CanActivate {
  constructor(
    @Inject(SETTINGS_AUTH_PORT) private readonly auth: SettingsAuthPort,
    private readonly failures: AuthFailureLimiter,
    private readonly breaker: DatabaseBreakerService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    await this.authenticate(
      GqlExecutionContext.create(context).getContext<{
        req: SettingsRequest;
      }>().req,
    );

    return true;
  }

  // Sets request.settingsCredential, or throws why not; also for the
  // settings' plain HTTP routes (the audit export).
  async authenticate(request: SettingsRequest): Promise<void> {
    const header = request.headers.authorization;
    const token =
      typeof header === 'string'
        ? header.match(/^Bearer\s+(\S+)\s*$/i)?.[1]
        : undefined;

    if (!token) {
      throw new TwentyMcpException(
        'Sign in first: send "Authorization: Bearer <Twenty access token or API key>".',
        TwentyMcpExceptionCode.UNAUTHENTICATED,
      );
    }

    // Every request below reads Twenty's tables: while PostgreSQL is away
    // it is refused here, at once (docs/operations.md).
    await this.breaker.enter();

    // Verified first: failures from this address never refuse a valid
    // credential (AuthFailureLimiter.authenticate).
    try {
      request.settingsCredential = await this.failures.authenticate(
        authFailureKeys('settings', getClientAddress(request), token),
        () => this.auth.authenticate(token),
        (error) =>
          error instanceof TwentyMcpException &&
          (error.code === TwentyMcpExceptionCode.UNAUTHENTICATED ||
            error.code === TwentyMcpExceptionCode.WORKSPACE_UNAVAILABLE),
      );
    } catch (error) {
      this.breaker.observe(error);

      if (
        error instanceof TwentyMcpException &&
        error.code === TwentyMcpExceptionCode.WORKSPACE_UNAVAILABLE
      ) {
        throw new TwentyMcpException(
          error.message,
          TwentyMcpExceptionCode.UNAUTHENTICATED,
        );
      }

      throw this.breaker.toClientError(error);
    }
    this.breaker.succeeded();

    if (!request.settingsCredential.canManageApiKeys) {
      throw new TwentyMcpException(
        `Your role (${request.settingsCredential.roleLabel}) cannot manage API keys, so it cannot manage MCP access either. Ask a workspace admin for the "API keys and webhooks" permission.`,
        TwentyMcpExceptionCode.FORBIDDEN,
      );
    }
  }
}
