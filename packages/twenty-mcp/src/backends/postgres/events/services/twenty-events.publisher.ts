import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Queue, type RedisClient } from 'bullmq';
import { type DataSource } from 'typeorm';

import { TWENTY_MCP_CONFIG } from '../../../../config/constants/twenty-mcp-config.token';
import { type TwentyMcpConfig } from '../../../../config/types/twenty-mcp-config.type';
import { type RecordEventsStatus } from '../../../../domain/records/types/record-events-status.type';
import { type WriteActor } from '../../../../domain/records/types/write-actor.type';
import { type WorkspaceSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { TWENTY_QUEUES } from '../constants/twenty-queues.const';
import { WORKFLOW_ENRICHED_RECORDS } from '../constants/workflow-enriched-records.const';
import { buildEventObjectMetadataQuery } from '../sql/build-event-object-metadata-query.util';
import { type RecordedWrite } from '../types/recorded-write.type';
import { type TwentyJob } from '../types/twenty-job.type';
import { type TwentyObjectMetadata } from '../types/twenty-object-metadata.type';
import { type WorkflowDatabaseEventTrigger } from '../types/workflow-database-event-trigger.type';
import { type WorkspaceEventBatch } from '../types/workspace-event-batch.type';
import { buildWorkspaceEventBatch } from '../utils/build-workspace-event-batch.util';
import { enrichWorkflowBatch } from '../utils/enrich-workflow-batch.util';
import { listEnrichedRecords } from '../utils/list-enriched-records.util';
import { listManyToOneJoins } from '../utils/list-many-to-one-joins.util';
import { matchWorkflowTriggers } from '../utils/match-workflow-triggers.util';
import { planTwentyJobs } from '../utils/plan-twenty-jobs.util';
import { planWorkflowTriggerJobs } from '../utils/plan-workflow-trigger-jobs.util';
import { WorkflowTriggersReader } from './workflow-triggers.reader';

type PlannedBatch = { write: RecordedWrite; batch: WorkspaceEventBatch };

// Tells Twenty's worker about committed writes: the jobs Twenty's own
// database-event listeners would add (entity events, and workflows started
// by database events), on Twenty's BullMQ queues in the Redis
// of config.redisUrl (docs/twenty-events.md). Runs after the commit and
// never fails a write: a job Redis does not take is logged and counted.
// Without a Redis URL it does nothing and says so (recordEventsStatus).
@Injectable()
export class TwentyEventsPublisher implements OnApplicationShutdown {
  private readonly logger = new Logger(TwentyEventsPublisher.name);
  private readonly dataSource: DataSource;
  // One per Twenty queue, opened at start-up; empty without Redis.
  private readonly queues = new Map<string, Queue>();
  // Each queue's connection once it first came up.
  private readonly clients = new Map<string, RedisClient>();
  private readonly workflowTriggers: WorkflowTriggersReader;
  private enqueuedJobs = 0;
  private failedJobs = 0;

  constructor(@Inject(TWENTY_MCP_CONFIG) config: TwentyMcpConfig) {
    this.dataSource = config.dataSource;
    this.workflowTriggers = new WorkflowTriggersReader(config.dataSource);

    if (!config.redisUrl) {
      return;
    }

    for (const { name } of Object.values(TWENTY_QUEUES)) {
      // Twenty's driver: the default prefix ("bull"), Redis from REDIS_URL.
      const queue = new Queue(name, {
        connection: {
          url: config.redisUrl,
          // A write's answer must not wait for Redis to come back:
          // commands fail at once while it is away.
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
        },
      });

      // Reconnecting is ioredis' business; failures surface on each add.
      queue.on('error', () => undefined);
      queue.client.then(
        (client) => this.clients.set(name, client),
        () => undefined,
      );
      this.queues.set(name, queue);
    }
  }

  isEnabled(): boolean {
    return this.queues.size > 0;
  }

  status(): RecordEventsStatus {
    return {
      delivery: this.isEnabled() ? 'queued' : 'off',
      enqueuedJobs: this.enqueuedJobs,
      failedJobs: this.failedJobs,
    };
  }

  async publish(
    workspace: WorkspaceSchema,
    writes: readonly RecordedWrite[],
    actor: WriteActor | undefined,
  ): Promise<void> {
    if (!this.isEnabled() || writes.length === 0) {
      return;
    }

    let batches: PlannedBatch[];

    try {
      const metadata = await this.readObjectMetadata(workspace, writes);

      batches = writes.flatMap((write) => {
        const objectMetadata = metadata.get(write.object.id);

        return objectMetadata
          ? [
              {
                write,
                batch: buildWorkspaceEventBatch({
                  write,
                  workspaceId: workspace.workspaceId,
                  objectMetadata,
                  actor,
                }),
              },
            ]
          : [];
      });
    } catch (error) {
      this.failedJobs += writes.length;
      this.logger.error(
        `Twenty will not hear of ${writes.length} committed write(s) in workspace ${workspace.workspaceId}: reading their object metadata failed`,
        error instanceof Error ? error.stack : String(error),
      );

      return;
    }

    const jobs = [
      ...batches.flatMap(({ write, batch }) =>
        planTwentyJobs(batch, write.action),
      ),
      ...(await this.planWorkflowJobs(workspace, batches)),
    ];

    for (const job of jobs) {
      await this.enqueue(job, workspace.workspaceId);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(
      [...this.queues].map(async ([name, queue]) => {
        const client = this.clients.get(name);

        // A connection waiting for Redis to come back would make close()
        // wait with it.
        if (client && client.status !== 'ready') {
          client.disconnect();
        }

        await queue.close().catch(() => undefined);
      }),
    );
  }

  // What Twenty's workflow database-event listener would enqueue: the
  // triggers are read once for all batches; a batch some trigger watches
  // is enriched with its records' relations first. A failure here loses
  // these jobs only, logged and counted (one per batch when the triggers
  // could not be read, as their number is unknown then).
  private async planWorkflowJobs(
    workspace: WorkspaceSchema,
    batches: readonly PlannedBatch[],
  ): Promise<TwentyJob[]> {
    const candidates = batches.filter(
      ({ write }) => WORKFLOW_ENRICHED_RECORDS[write.action],
    );

    if (candidates.length === 0) {
      return [];
    }

    let triggers: WorkflowDatabaseEventTrigger[];

    try {
      triggers = await this.workflowTriggers.readTriggers(workspace, [
        ...new Set(candidates.map(({ batch }) => batch.name)),
      ]);
    } catch (error) {
      this.failedJobs += candidates.length;
      this.logger.error(
        `no workflow will start for ${candidates.length} committed batch(es) in workspace ${workspace.workspaceId}: reading their triggers failed`,
        error instanceof Error ? error.stack : String(error),
      );

      return [];
    }

    const jobs: TwentyJob[] = [];
    // Twenty evaluates time-relative filters when the write's event arrives.
    const now = new Date();

    for (const { write, batch } of candidates) {
      // Record filters may read relations: they are evaluated on the
      // enriched batch, so what is read first is the events some trigger
      // watches.
      const watched = matchWorkflowTriggers(batch, write.action, triggers);

      if (watched.length === 0) {
        continue;
      }

      try {
        const joins = listManyToOneJoins(write.object, workspace.objects);
        const relatedByJoinColumn = await this.workflowTriggers.readRelated(
          workspace,
          joins,
          listEnrichedRecords(batch, write.action),
        );

        const plan = planWorkflowTriggerJobs(
          enrichWorkflowBatch({
            batch,
            action: write.action,
            joins,
            relatedByJoinColumn,
          }),
          write.action,
          triggers,
          now,
        );

        jobs.push(...plan.jobs);

        for (const { workflowId, reason } of plan.unevaluableFilters) {
          this.logger.warn(
            `workflow ${workflowId} not started for ${batch.name} in workspace ${workspace.workspaceId}: its trigger's record filter has ${reason}`,
          );
        }
      } catch (error) {
        this.failedJobs += watched.length;
        this.logger.error(
          `${watched.length} workflow(s) will not start for ${batch.name} in workspace ${workspace.workspaceId}: reading the records' relations failed`,
          error instanceof Error ? error.stack : String(error),
        );
      }
    }

    return jobs;
  }

  private async enqueue(job: TwentyJob, workspaceId: string): Promise<void> {
    try {
      const queue = this.queues.get(job.queueName);
      const status = this.clients.get(job.queueName)?.status ?? 'connecting';

      // BullMQ would wait for a connection that is not up; a write does
      // not.
      if (!queue || status !== 'ready') {
        throw new Error(`the Redis connection is ${status}`);
      }

      await queue.add(job.jobName, job.data, job.options);
      this.enqueuedJobs += 1;
    } catch (error) {
      this.failedJobs += 1;
      this.logger.error(
        `could not enqueue ${job.jobName} on ${job.queueName} for workspace ${workspaceId}; the write is committed but Twenty's worker will not see it: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  private async readObjectMetadata(
    workspace: WorkspaceSchema,
    writes: readonly RecordedWrite[],
  ): Promise<Map<string, TwentyObjectMetadata>> {
    const { sql, params } = buildEventObjectMetadataQuery(
      workspace.workspaceId,
      [...new Set(writes.map((write) => write.object.id))],
    );
    const rows: TwentyObjectMetadata[] = await this.dataSource.query(
      sql,
      params,
    );

    return new Map(rows.map((row) => [row.id, row]));
  }
}
