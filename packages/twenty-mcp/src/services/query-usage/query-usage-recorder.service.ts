import {
  type BeforeApplicationShutdown,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';

import { type QueryShape } from '../../domain/query-usage/types/query-shape.type';
import { type RecordedQueryShape } from '../../domain/query-usage/types/recorded-query-shape.type';
import { type AggregateQuery } from '../../domain/records/types/aggregate-query.type';
import { type FindQuery } from '../../domain/records/types/find-query.type';
import { McpQueryUsageStore } from '../../storage/services/mcp-query-usage-store.service';
import { QUERY_USAGE_RECORDING } from './constants/query-usage-recording.const';
import { hashQueryShape } from './utils/hash-query-shape.util';
import { toAggregateShape } from './utils/to-aggregate-shape.util';
import { toFindShape } from './utils/to-find-shape.util';

// Counts the shapes of the reads AI clients make, for the index advisor
// (docs/index-advisor.md). A call only updates a bounded in-memory map; a
// timer writes the counts in one statement every few seconds, and the
// rest is written when the application shuts down. Losing a few seconds
// of counts in a crash only makes the advice slightly less precise.
@Injectable()
export class QueryUsageRecorder
  implements OnApplicationBootstrap, BeforeApplicationShutdown
{
  private readonly logger = new Logger('TwentyMcp');
  private pending = new Map<string, RecordedQueryShape>();
  private droppedSinceFlush = 0;
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();
  private lastPrunedAt = 0;

  constructor(private readonly store: McpQueryUsageStore) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(
      () => void this.flush(),
      QUERY_USAGE_RECORDING.flushIntervalMs,
    );
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }

    await this.flush();
  }

  recordFind(workspaceId: string, query: FindQuery): void {
    this.record(workspaceId, query.object.nameSingular, toFindShape(query));
  }

  recordAggregate(workspaceId: string, query: AggregateQuery): void {
    this.record(
      workspaceId,
      query.object.nameSingular,
      toAggregateShape(query),
    );
  }

  // Writes what was counted since the last flush; one flush at a time, so
  // the shutdown flush waits for a timer flush in progress.
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.writePending());

    return this.flushing;
  }

  private record(
    workspaceId: string,
    objectName: string,
    shape: QueryShape,
  ): void {
    const shapeJson = JSON.stringify(shape);
    const key = `${workspaceId}\n${objectName}\n${shapeJson}`;
    const now = new Date();
    const entry = this.pending.get(key);

    if (entry) {
      entry.calls += 1;
      entry.lastUsedAt = now;

      return;
    }

    if (this.pending.size >= QUERY_USAGE_RECORDING.maxPendingShapes) {
      this.droppedSinceFlush += 1;

      return;
    }

    this.pending.set(key, {
      workspaceId,
      objectName,
      shapeKey: hashQueryShape(shapeJson),
      shape,
      calls: 1,
      firstUsedAt: now,
      lastUsedAt: now,
    });
  }

  private async writePending(): Promise<void> {
    const usages = [...this.pending.values()];
    const dropped = this.droppedSinceFlush;

    this.pending = new Map();
    this.droppedSinceFlush = 0;

    if (dropped > 0) {
      this.logger.warn({
        msg: 'query shapes not recorded: too many distinct shapes between flushes',
        dropped,
        maxPendingShapes: QUERY_USAGE_RECORDING.maxPendingShapes,
      });
    }

    // An idle instance sends nothing, not even the pruning.
    if (usages.length === 0) {
      return;
    }

    try {
      await this.store.add(usages);

      if (
        Date.now() - this.lastPrunedAt >=
        QUERY_USAGE_RECORDING.pruneIntervalMs
      ) {
        this.lastPrunedAt = Date.now();
        await this.store.pruneUnusedFor(QUERY_USAGE_RECORDING.retentionDays);
      }
    } catch (error) {
      // Advice only: counts that cannot be written are not worth retrying.
      this.logger.warn({
        msg: 'query usage not written',
        shapes: usages.length,
        errorClass: error instanceof Error ? error.name : typeof error,
      });
    }
  }
}
