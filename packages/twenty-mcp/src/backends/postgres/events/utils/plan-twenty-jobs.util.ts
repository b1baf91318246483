import { TWENTY_QUEUES } from '../constants/twenty-queues.const';
import { type DatabaseEventAction } from '../types/database-event-action.type';
import { type TwentyJob } from '../types/twenty-job.type';
import { type WorkspaceEventBatch } from '../types/workspace-event-batch.type';
import { buildTwentyJob } from './build-twenty-job.util';

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
    buildTwentyJob(
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
    buildTwentyJob(
      TWENTY_QUEUES.trigger,
      'CallDatabaseEventTriggerJobsJob',
      batch,
      3,
    ),
  ];

  if (!batch.objectMetadata.isAuditLogged) {
    return jobs;
  }

  jobs.push(
    buildTwentyJob(
      TWENTY_QUEUES.entityEventsToDb,
      'CreateAuditLogFromInternalEvent',
      batch,
    ),
  );

  if (action !== 'destroyed') {
    jobs.push(
      buildTwentyJob(
        TWENTY_QUEUES.entityEventsToDb,
        'UpsertTimelineActivityFromInternalEvent',
        batch,
      ),
    );
  }

  return jobs;
};
