import { Inject, Injectable, Optional } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

import { McpStorageProbe } from '../../storage/services/mcp-storage-probe.service';
import {
  DATABASE_POOLS_PORT,
  type DatabasePoolsPort,
} from '../../ports/database-pools.port';
import { DatabaseBreakerService } from '../database-breaker/database-breaker.service';
import { type CallLimitKind } from '../call-limits/types/call-limit-kind.type';
import { type ToolCallOutcome } from './types/tool-call-outcome.type';

// The module's Prometheus metrics, in a Registry of its own: a host serves
// them (the standalone host at /metrics) or merges them into its own
// registry, and two module instances in one process never collide in
// prom-client's global registry.
@Injectable()
export class McpMetricsService {
  readonly registry = new Registry();

  private readonly toolCalls = new Counter({
    name: 'twenty_mcp_tool_calls_total',
    help: 'MCP tool calls, by tool and outcome (ok, client_error, internal_error).',
    labelNames: ['tool', 'outcome'] as const,
    registers: [this.registry],
  });

  private readonly toolCallDuration = new Histogram({
    name: 'twenty_mcp_tool_call_duration_seconds',
    help: 'Duration of MCP tool calls, by tool and outcome.',
    labelNames: ['tool', 'outcome'] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });

  private readonly httpRequests = new Counter({
    name: 'twenty_mcp_http_requests_total',
    help: 'HTTP requests to the MCP endpoint, by response status code.',
    labelNames: ['status'] as const,
    registers: [this.registry],
  });

  private readonly authFailures = new Counter({
    name: 'twenty_mcp_auth_failures_total',
    help: 'Refused bearer credentials, by reason.',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  private readonly limitedToolCalls = new Counter({
    name: 'twenty_mcp_tool_calls_limited_total',
    help: 'MCP tool calls refused by an hourly call limit, by limit (token_read, token_write, workspace).',
    labelNames: ['limit'] as const,
    registers: [this.registry],
  });

  private readonly auditEvents = new Counter({
    name: 'twenty_mcp_audit_events_total',
    help: 'Audit events by path: queued (BullMQ on Redis), direct (written to PostgreSQL by the fallback), lost (dropped from a full fallback buffer).',
    labelNames: ['path'] as const,
    registers: [this.registry],
  });

  constructor(
    probe: McpStorageProbe,
    breaker: DatabaseBreakerService,
    @Optional()
    @Inject(DATABASE_POOLS_PORT)
    backendPools?: DatabasePoolsPort,
  ) {
    new Gauge({
      name: 'twenty_mcp_db_circuit_state',
      help: 'State of the database circuit breaker: 1 for the current state (closed, open, half-open), 0 for the others.',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        for (const state of ['closed', 'open', 'half-open'] as const) {
          this.set({ state }, breaker.state === state ? 1 : 0);
        }
      },
    });

    // Read when scraped, so the numbers are current and cost nothing between.
    new Gauge({
      name: 'twenty_mcp_db_pool_connections',
      help: 'Connections of the pg pools (records: Twenty tables, storage: schema mcp, reads: record reads), by state (total, idle, waiting clients).',
      labelNames: ['pool', 'state'] as const,
      registers: [this.registry],
      collect() {
        this.reset();

        for (const usage of [
          ...probe.poolUsage(),
          ...(backendPools?.poolUsage() ?? []),
        ]) {
          this.set({ pool: usage.pool, state: 'total' }, usage.total);
          this.set({ pool: usage.pool, state: 'idle' }, usage.idle);
          this.set({ pool: usage.pool, state: 'waiting' }, usage.waiting);
        }
      },
    });
  }

  recordToolCall(
    tool: string,
    outcome: ToolCallOutcome,
    durationSeconds: number,
  ): void {
    this.toolCalls.inc({ tool, outcome });
    this.toolCallDuration.observe({ tool, outcome }, durationSeconds);
  }

  recordHttpRequest(status: number): void {
    this.httpRequests.inc({ status: String(status) });
  }

  recordAuthFailure(reason: string): void {
    this.authFailures.inc({ reason });
  }

  recordLimitedToolCall(limit: CallLimitKind): void {
    this.limitedToolCalls.inc({ limit });
  }

  // docs/audit-trail.md: queued (Redis), direct (PostgreSQL fallback), lost.
  recordAuditEvents(path: 'queued' | 'direct' | 'lost', count: number): void {
    this.auditEvents.inc({ path }, count);
  }
}
