import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
} from '@nestjs/common';
import { type Job, Queue, type RedisClient, Worker } from 'bullmq';

import { TWENTY_MCP_CONFIG } from '../../config/constants/twenty-mcp-config.token';
import { type TwentyMcpConfig } from '../../config/types/twenty-mcp-config.type';
import { type AuditEvent } from '../../domain/audit/types/audit-event.type';
import { McpAuditLog } from '../../storage/services/mcp-audit-log.service';
import { McpMetricsService } from '../metrics/mcp-metrics.service';
import { AUDIT_QUEUE } from './constants/audit-queue.const';
import {
  deserializeAuditEvent,
  serializeAuditEvent,
} from './utils/serialize-audit-event.util';

// Records audit events without making a request wait (docs/audit-trail.md).
// With Redis: each event is a BullMQ job, appended to its workspace's chain
// by a worker in this process (any instance's worker may take it). Without
// Redis, or when it refuses a job or goes away, events go to a bounded
// in-memory buffer written straight to PostgreSQL, retried until it takes
// them. Events this process queued stay in memory until appended, so a
// Redis that restarts empty loses none of them; appends are idempotent on
// the event id, so an event stored twice is chained once.
@Injectable()
export class AuditTrailService implements BeforeApplicationShutdown {
  private readonly logger = new Logger('TwentyMcp');
  private readonly queue: Queue | null = null;
  private readonly worker: Worker | null = null;
  private queueClient: RedisClient | null = null;
  // Queued by this process, not yet seen appended: event and when queued.
  private readonly pending = new Map<
    string,
    { event: AuditEvent; queuedAt: number }
  >();
  private readonly buffer: AuditEvent[] = [];
  private draining: Promise<void> | null = null;
  // Events between record() and the queue or the buffer.
  private readonly recording = new Set<Promise<void>>();
  private readonly settings = new Map<
    string,
    { recordArguments: boolean; readAt: number }
  >();
  private readonly sweepTimer: NodeJS.Timeout | null = null;
  private stopping = false;

  constructor(
    private readonly auditLog: McpAuditLog,
    private readonly metrics: McpMetricsService,
    @Inject(TWENTY_MCP_CONFIG) { redisUrl }: TwentyMcpConfig,
  ) {
    if (!redisUrl) {
      return;
    }

    this.queue = new Queue(AUDIT_QUEUE.name, {
      prefix: AUDIT_QUEUE.prefix,
      connection: {
        url: redisUrl,
        // A job Redis cannot take now goes to the fallback at once.
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
      },
    });
    this.queue.on('error', () => undefined);
    this.queue.client.then(
      (client) => {
        this.queueClient = client;
        // Jobs in a Redis that went away may be gone with it (no
        // persistence): what this process queued is stored directly.
        client.on('close', () => this.requeuePending());
      },
      () => undefined,
    );
    this.worker = new Worker(
      AUDIT_QUEUE.name,
      async (job: Job<Record<string, unknown>>) => {
        await this.auditLog.append([deserializeAuditEvent(job.data)]);
      },
      {
        prefix: AUDIT_QUEUE.prefix,
        connection: { url: redisUrl, maxRetriesPerRequest: null },
        concurrency: 1,
      },
    );
    this.worker.on('error', () => undefined);
    this.worker.on('completed', (job) => {
      if (job.id) {
        this.pending.delete(job.id);
      }
    });
    this.worker.on('failed', (job) => {
      // Out of attempts (PostgreSQL away for long): the fallback keeps
      // trying.
      if (job && job.attemptsMade >= AUDIT_QUEUE.attempts && job.id) {
        this.pending.delete(job.id);
        this.toBuffer([deserializeAuditEvent(job.data)]);
      }
    });
    this.sweepTimer = setInterval(
      () => void this.sweepPending(),
      AUDIT_QUEUE.sweepIntervalMs,
    );
    this.sweepTimer.unref();
  }

  // Never throws and never waits: the caller's request goes on. `rawArguments`
  // are kept only if the workspace opted in.
  record(event: AuditEvent, rawArguments?: unknown): void {
    const recording = this.prepare(event, rawArguments)
      .then((prepared) => this.enqueue(prepared))
      .finally(() => this.recording.delete(recording));

    this.recording.add(recording);
  }

  // The workspace's argument opt-in changed in this process: read it anew.
  forgetSettings(workspaceId: string): void {
    this.settings.delete(workspaceId);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;

    if (this.sweepTimer) {
      clearInterval(this.sweepTimer);
    }

    await Promise.all(this.recording);
    // Forced: a job still running is stored again below (idempotently),
    // and a Redis that is away must not hold the shutdown.
    await Promise.race([
      Promise.all([
        this.worker?.close(true).catch(() => undefined),
        this.queue?.close().catch(() => undefined),
      ]),
      sleep(AUDIT_QUEUE.shutdownDrainMs),
    ]);
    // Whatever is still queued is stored directly (idempotent if a worker
    // already did).
    this.requeuePending();

    if (this.draining) {
      await Promise.race([this.draining, sleep(AUDIT_QUEUE.shutdownDrainMs)]);
    }

    if (this.buffer.length > 0) {
      this.logger.error({
        msg: 'audit events lost at shutdown: PostgreSQL did not take them',
        count: this.buffer.length,
      });
    }
  }

  private async prepare(
    event: AuditEvent,
    rawArguments: unknown,
  ): Promise<AuditEvent> {
    if (rawArguments === undefined) {
      return event;
    }

    try {
      return (await this.recordsArguments(event.workspaceId))
        ? { ...event, arguments: rawArguments ?? null }
        : event;
    } catch {
      // Unknown opt-in: keep the hash only.
      return event;
    }
  }

  private async recordsArguments(workspaceId: string): Promise<boolean> {
    const cached = this.settings.get(workspaceId);

    if (cached && Date.now() - cached.readAt < AUDIT_QUEUE.settingsTtlMs) {
      return cached.recordArguments;
    }

    const { recordArguments } = await this.auditLog.getSettings(workspaceId);

    this.settings.set(workspaceId, { recordArguments, readAt: Date.now() });

    return recordArguments;
  }

  private async enqueue(event: AuditEvent): Promise<void> {
    if (!this.queue || this.stopping || this.queueClient?.status !== 'ready') {
      this.toBuffer([event]);

      return;
    }

    this.pending.set(event.eventId, { event, queuedAt: Date.now() });

    try {
      await this.queue.add('event', serializeAuditEvent(event), {
        jobId: event.eventId,
        attempts: AUDIT_QUEUE.attempts,
        backoff: { type: 'exponential', delay: AUDIT_QUEUE.backoffMs },
        removeOnComplete: true,
        removeOnFail: true,
      });
      this.metrics.recordAuditEvents('queued', 1);
    } catch {
      if (this.pending.delete(event.eventId)) {
        this.toBuffer([event]);
      }
    }
  }

  private requeuePending(): void {
    const events = [...this.pending.values()].map(({ event }) => event);

    this.pending.clear();
    this.toBuffer(events);
  }

  // Queued events older than confirmAfterMs another instance may have
  // appended: those found in PostgreSQL are done.
  private async sweepPending(): Promise<void> {
    const old = [...this.pending.values()].filter(
      ({ queuedAt }) => Date.now() - queuedAt > AUDIT_QUEUE.confirmAfterMs,
    );

    if (old.length === 0) {
      return;
    }

    try {
      const stored = await this.auditLog.findStoredEventIds(
        old.map(({ event }) => event),
      );

      for (const eventId of stored) {
        this.pending.delete(eventId);
      }
    } catch {
      // PostgreSQL away: the next sweep asks again.
    }
  }

  private toBuffer(events: readonly AuditEvent[]): void {
    if (events.length === 0) {
      return;
    }

    this.buffer.push(...events);

    const overflow = this.buffer.length - AUDIT_QUEUE.maxBufferedEvents;

    if (overflow > 0) {
      this.buffer.splice(0, overflow);
      this.metrics.recordAuditEvents('lost', overflow);
      this.logger.error({
        msg: 'audit events lost: buffer full while Redis and PostgreSQL refuse them',
        count: overflow,
      });
    }

    this.draining ??= this.drainUntilEmpty().finally(() => {
      this.draining = null;
    });
  }

  private async drainUntilEmpty(): Promise<void> {
    let delayMs = 250;

    while (this.buffer.length > 0) {
      if (await this.drain()) {
        delayMs = 250;
      } else {
        await sleep(delayMs);
        // Short waits while stopping: shutdown waits only so long.
        delayMs = Math.min(delayMs * 2, this.stopping ? 1000 : 30_000);
      }
    }
  }

  // One batch from the buffer into PostgreSQL; on failure it goes back to
  // the front. Taken out first, so an overflow never drops it mid-write.
  private async drain(): Promise<boolean> {
    const batch = this.buffer.splice(0, 100);

    try {
      await this.auditLog.append(batch);
      this.metrics.recordAuditEvents('direct', batch.length);

      return true;
    } catch (error) {
      this.buffer.unshift(...batch);
      this.logger.warn({
        msg: 'audit events not stored yet: PostgreSQL refused them, retrying',
        count: this.buffer.length,
        errorClass: error instanceof Error ? error.name : typeof error,
      });

      return false;
    }
  }
}

const sleep = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
