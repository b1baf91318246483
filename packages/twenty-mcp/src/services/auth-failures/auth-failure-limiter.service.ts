import { Inject, Injectable } from '@nestjs/common';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';

import { TWENTY_MCP_CONFIG } from '../../config/constants/twenty-mcp-config.token';
import { type AuthFailureLimit } from '../../config/types/auth-failure-limit.type';
import { type TwentyMcpConfig } from '../../config/types/twenty-mcp-config.type';
import { TwentyMcpExceptionCode } from '../../domain/exceptions/twenty-mcp-exception-code.enum';
import { TwentyMcpException } from '../../domain/exceptions/twenty-mcp.exception';
import { isTwentyMcpException } from '../../domain/exceptions/utils/is-twenty-mcp-exception.util';
import { McpRedis } from '../../storage/services/mcp-redis.service';

// Counts failed authentications per key (a client address, a presented
// credential, an email; see auth-failure-keys.util.ts) and reports a key
// that used up its attempts until its window ends. Successful requests
// cost nothing. With Redis the count is shared by every instance; without
// it (or while Redis is unreachable) each process counts alone.
@Injectable()
export class AuthFailureLimiter {
  private readonly limiter: RateLimiterAbstract;
  private readonly memory: RateLimiterMemory;
  private readonly limit: AuthFailureLimit;

  constructor(
    @Inject(TWENTY_MCP_CONFIG) config: TwentyMcpConfig,
    redis: McpRedis,
  ) {
    const limit = config.authFailureLimit;

    this.limit = limit;
    const options = {
      points: limit.attempts,
      duration: limit.windowSeconds,
      keyPrefix: 'twenty-mcp:auth-failures',
    };
    this.memory = new RateLimiterMemory(options);
    this.limiter = redis.client
      ? new RateLimiterRedis({
          ...options,
          storeClient: redis.client,
          insuranceLimiter: this.memory,
        })
      : this.memory;
  }

  // Seconds until every key may try again; null when all may now.
  async retryAfterSeconds(keys: readonly string[]): Promise<number | null> {
    const waits = await Promise.all(keys.map((key) => this.retryAfter(key)));
    const blocked = waits.filter((wait): wait is number => wait !== null);

    return blocked.length === 0 ? null : Math.max(...blocked);
  }

  async recordFailure(keys: readonly string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.consume(key)));
  }

  // Bearer credentials: verified first, so a valid one is never refused
  // whatever others sent before it (from the same address, or with the
  // same key id). Only failures are counted, and a failure of a key over its
  // limit answers RATE_LIMITED instead of UNAUTHENTICATED. Verifying first
  // costs an attacker nothing they lacked: tokens carry 256 random bits and
  // JWTs are signed, so unlimited guesses find nothing; a failed attempt
  // costs the server what a successful one does (one hash and one indexed
  // lookup); raw request volume is a reverse proxy's business.
  async authenticate<T>(
    keys: readonly string[],
    verify: () => Promise<T>,
    // Which errors are failed authentications (others are rethrown as is).
    isFailure: (error: unknown) => boolean,
  ): Promise<T> {
    try {
      return await verify();
    } catch (error) {
      if (!isFailure(error)) {
        throw error;
      }

      await this.recordFailure(keys);
      const retryAfter = await this.retryAfterSeconds(keys);

      throw retryAfter === null
        ? error
        : rateLimited(
            `Too many failed authentication attempts; retry in ${retryAfter} s.`,
            retryAfter,
            error,
          );
    }
  }

  private async retryAfter(key: string): Promise<number | null> {
    const state = await this.limiter
      .get(key)
      // Redis unreachable: what this process counted meanwhile.
      .catch(() => this.memory.get(key));

    return state && state.consumedPoints >= this.limit.attempts
      ? Math.max(1, Math.ceil(state.msBeforeNext / 1000))
      : null;
  }

  private async consume(key: string): Promise<void> {
    try {
      await this.limiter.consume(key);
    } catch (error) {
      // Rejection only says the key is now over its limit.
      if (!(error instanceof RateLimiterRes)) {
        throw error;
      }
    }
  }
}

const rateLimited = (
  message: string,
  retryAfterSeconds: number,
  cause: unknown,
): TwentyMcpException =>
  new TwentyMcpException(message, TwentyMcpExceptionCode.RATE_LIMITED, {
    details: {
      retryAfterSeconds,
      reason: isTwentyMcpException(cause)
        ? (cause.details?.reason ?? cause.message)
        : undefined,
    },
  });
