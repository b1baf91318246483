import { Inject, Injectable, Logger } from '@nestjs/common';

import { TWENTY_MCP_CONFIG } from '../../config/constants/twenty-mcp-config.token';
import { type TwentyMcpConfig } from '../../config/types/twenty-mcp-config.type';
import { TwentyMcpException } from '../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../domain/exceptions/twenty-mcp-exception-code.enum';
import { describeError } from '../../domain/exceptions/utils/describe-error.util';
import { isDatabaseUnreachableError } from '../../domain/exceptions/utils/is-database-unreachable-error.util';
import { McpStorageProbe } from '../../storage/services/mcp-storage-probe.service';
import { DATABASE_UNREACHABLE_MESSAGE } from './constants/database-unreachable-message.const';
import { type CircuitState } from './types/circuit-state.type';
import {
  type CircuitBreaker,
  createCircuitBreaker,
} from './utils/create-circuit-breaker.util';

const logger = new Logger('TwentyMcp');

// The circuit breaker in front of PostgreSQL (docs/operations.md, "When
// PostgreSQL goes away"). The surfaces call `enter` before a request touches
// the database and report what happened; while the circuit is open every
// request is refused at once instead of each waiting for its own connection
// attempt to fail, and the process stays up. After the cool-down one request
// runs `SELECT 1` first: it closes the circuit or opens it for another
// cool-down.
@Injectable()
export class DatabaseBreakerService {
  private readonly breaker: CircuitBreaker;

  constructor(
    @Inject(TWENTY_MCP_CONFIG) config: TwentyMcpConfig,
    private readonly probe: McpStorageProbe,
  ) {
    this.breaker = createCircuitBreaker({
      failureThreshold: config.limits.databaseFailureThreshold,
      coolDownMs: config.limits.databaseCoolDownMs,
      now: () => Date.now(),
    });
  }

  get state(): CircuitState {
    return this.breaker.state();
  }

  // Resolves when the request may go on; throws SERVICE_UNAVAILABLE (with
  // `retryAfterSeconds`) while the circuit is open.
  async enter(): Promise<void> {
    const decision = this.breaker.decide();

    if (decision === 'pass') {
      return;
    }

    if (decision === 'probe') {
      try {
        await this.probe.checkDatabase();
      } catch (error) {
        this.breaker.recordFailure();
        throw this.unavailable(error);
      }
      this.succeeded();

      return;
    }

    throw this.unavailable();
  }

  // A request reached the database and got answers.
  succeeded(): void {
    if (this.breaker.state() !== 'closed') {
      logger.log({ msg: 'database circuit closed' });
    }
    this.breaker.recordSuccess();
  }

  // A request failed: only a connection-level failure counts.
  observe(error: unknown): void {
    if (!isDatabaseUnreachableError(error)) {
      return;
    }

    const before = this.breaker.state();

    this.breaker.recordFailure();

    if (before === 'closed' && this.breaker.state() !== 'closed') {
      logger.warn({
        msg: 'database circuit opened',
        cause: describeError(error),
      });
    }
  }

  // A failure as the client should read it: a lost database is the same
  // clear SERVICE_UNAVAILABLE whether or not the circuit has opened yet
  // (a back-end's own SERVICE_UNAVAILABLE, which can say more, is kept).
  toClientError(error: unknown): unknown {
    if (
      !isDatabaseUnreachableError(error) ||
      (error instanceof TwentyMcpException &&
        error.code === TwentyMcpExceptionCode.SERVICE_UNAVAILABLE)
    ) {
      return error;
    }

    return this.unavailable(error);
  }

  // The exception the surfaces map (503 + Retry-After, an isError tool
  // result, GraphQL SERVICE_UNAVAILABLE); the driver's error stays in
  // details, for the log only.
  unavailable(cause?: unknown): TwentyMcpException {
    return new TwentyMcpException(
      DATABASE_UNREACHABLE_MESSAGE,
      TwentyMcpExceptionCode.SERVICE_UNAVAILABLE,
      {
        details: {
          retryAfterSeconds: Math.max(
            1,
            Math.ceil(this.breaker.retryInMs() / 1000),
          ),
          ...(cause === undefined ? {} : { cause }),
        },
      },
    );
  }
}
