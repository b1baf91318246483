import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterRes,
} from 'rate-limiter-flexible';

import { TWENTY_MCP_CONFIG } from '../../config/constants/twenty-mcp-config.token';
import { type McpCallLimits } from '../../config/types/mcp-call-limits.type';
import { type TwentyMcpConfig } from '../../config/types/twenty-mcp-config.type';
import { type Principal } from '../../domain/principal/types/principal.type';
import { McpRedis } from '../../storage/services/mcp-redis.service';
import { McpMetricsService } from '../metrics/mcp-metrics.service';
import { type CallLimitKind } from './types/call-limit-kind.type';
import { type CallLimitRefusal } from './types/call-limit-refusal.type';
import { type CallTier } from './types/call-tier.type';
import { describeCallLimitRefusal } from './utils/describe-call-limit-refusal.util';

const logger = new Logger('TwentyMcp');

const WINDOW_SECONDS = 3600;

type Counter = { kind: CallLimitKind; key: string; limit: number };

// Counts tool calls per hour, per credential and tier and per workspace
// (docs/limits.md, "Call limits"). With Redis the counts are shared by every
// instance; without it, or while Redis is unreachable, each process counts
// alone in memory (rate-limiter-flexible's insurance limiter), so a Redis
// outage never fails a call. Limits differ per workspace, so the store
// only counts (its own limit never refuses) and the workspace's limits are
// compared here.
@Injectable()
export class CallLimiter {
  private readonly limiter: RateLimiterAbstract;
  // Where an admin changes the limits, for the refusal's message.
  private readonly settingsUrl: string;

  constructor(
    @Inject(TWENTY_MCP_CONFIG) config: TwentyMcpConfig,
    redis: McpRedis,
    private readonly metrics: McpMetricsService,
  ) {
    this.settingsUrl = config.settingsUrl;
    const options = {
      points: Number.MAX_SAFE_INTEGER,
      duration: WINDOW_SECONDS,
      keyPrefix: 'twenty-mcp:calls',
    };
    const memory = new RateLimiterMemory(options);

    this.limiter = redis.client
      ? new RateLimiterRedis({
          ...options,
          storeClient: redis.client,
          insuranceLimiter: memory,
        })
      : memory;
  }

  // Counts one call against the credential's tier and its workspace; over
  // either limit the call is refused and counted nowhere, so refused calls
  // never use up what other tokens of the workspace may still do.
  async take(
    principal: Principal,
    tier: CallTier,
    limits: McpCallLimits,
  ): Promise<CallLimitRefusal | null> {
    const counters: Counter[] = [
      tier === 'read'
        ? {
            kind: 'token_read',
            key: `token-read:${principal.kind}:${principal.credentialId}`,
            limit: limits.readCallsPerTokenPerHour,
          }
        : {
            kind: 'token_write',
            key: `token-write:${principal.kind}:${principal.credentialId}`,
            limit: limits.writeCallsPerTokenPerHour,
          },
      {
        kind: 'workspace',
        key: `workspace:${principal.workspaceId}`,
        limit: limits.callsPerWorkspacePerHour,
      },
    ];
    const counted: string[] = [];

    for (const { kind, key, limit } of counters) {
      const state = await this.count(key);

      if (!state) {
        continue;
      }

      counted.push(key);

      if (state.consumedPoints > limit) {
        await Promise.all(counted.map((done) => this.uncount(done)));
        this.metrics.recordLimitedToolCall(kind);

        const refusal = {
          kind,
          limit,
          retryAfterSeconds: Math.max(1, Math.ceil(state.msBeforeNext / 1000)),
        };

        return {
          ...refusal,
          message: describeCallLimitRefusal(
            refusal,
            new Date(),
            this.settingsUrl,
          ),
        };
      }
    }

    return null;
  }

  // Null when neither the store nor the memory could count: the call is
  // then served, a limiter's failure must not fail calls.
  private async count(key: string): Promise<RateLimiterRes | null> {
    try {
      return await this.limiter.penalty(key, 1);
    } catch (error) {
      logger.warn(`call limiter could not count: ${describe(error)}`);

      return null;
    }
  }

  private async uncount(key: string): Promise<void> {
    try {
      await this.limiter.reward(key, 1);
    } catch (error) {
      logger.warn(`call limiter could not uncount: ${describe(error)}`);
    }
  }
}

const describe = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
