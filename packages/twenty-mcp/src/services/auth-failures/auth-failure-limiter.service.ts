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
import { McpRedis } from '../../storage/services/mcp-redis.service';

// Counts failed authentications per client address and refuses an address
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

  // Seconds until the address may try again; null when it may now.
  async retryAfterSeconds(clientAddress: string): Promise<number | null> {
    const state = await this.limiter
      .get(clientAddress)
      // Redis unreachable: what this process counted meanwhile.
      .catch(() => this.memory.get(clientAddress));

    return state && state.consumedPoints >= this.limit.attempts
      ? Math.max(1, Math.ceil(state.msBeforeNext / 1000))
      : null;
  }

  async recordFailure(clientAddress: string): Promise<void> {
    try {
      await this.limiter.consume(clientAddress);
    } catch (error) {
      // Rejection only says the address is now over its limit.
      if (!(error instanceof RateLimiterRes)) {
        throw error;
      }
    }
  }
}
