import { TWENTY_JOB_RETENTION } from '../constants/twenty-job-retention.const';
import { TWENTY_QUEUES } from '../constants/twenty-queues.const';
import { type DatabaseEventAction } from '../types/database-event-action.type';
import { type TwentyJob } from '../types/twenty-job.type';
import { type WorkspaceEventBatch } from '../types/workspace-event-batch.type';

type Queue = (typeof TWENTY_QUEUES)[keyof typeof TWENTY_QUEUES];

// Twenty's driver: attempts = 1 + retryLimit, the queue's priority, its
// retention, no job id.
const job = (
  queue: Queue,
  jobName: string,
  data: unknown,
  retryLimit = 0,
): TwentyJob => ({
  queueName: queue.name,
  jobName,
  data,
  options: {
    priority: queue.priority,
    attempts: 1 + retryLimit,
    ...TWENTY_JOB_RETENTION,
  },
});

// The jobs Twenty's EntityEventsToDbListener adds for one batch
// (docs/twenty-events.md): webhooks get the batch with objectMetadata cut
// to id and nameSingular; database-event triggers (apps' logic functions)
// the batch; audit-logged objects also an audit-log job and, unless the
// records were destroyed, a timeline-activity job.
export const planTwentyJobs = (
  batch: WorkspaceEventBatch,
  action: DatabaseEventAction,
): TwentyJob[] => {
  const jobs = [
    job(
      TWENTY_QUEUES.webhook,
      'CallWebhookJobsJob',
      {
        ...batch,
        objectMetadata: {
          id: batch.objectMetadata.id,
          nameSingular: batch.objectMetadata.nameSingular,
        },
      },
      3,
    ),
    job(TWENTY_QUEUES.trigger, 'CallDatabaseEventTriggerJobsJob', batch, 3),
  ];

  if (!batch.objectMetadata.isAuditLogged) {
    return jobs;
  }

  jobs.push(
    job(
      TWENTY_QUEUES.entityEventsToDb,
      'CreateAuditLogFromInternalEvent',
      batch,
    ),
  );

  if (action !== 'destroyed') {
    jobs.push(
      job(
        TWENTY_QUEUES.entityEventsToDb,
        'UpsertTimelineActivityFromInternalEvent',
        batch,
      ),
    );
  }

  return jobs;
};
