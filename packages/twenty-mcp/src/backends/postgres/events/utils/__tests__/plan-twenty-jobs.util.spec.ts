import { type WorkspaceEventBatch } from '../../types/workspace-event-batch.type';
import { planTwentyJobs } from '../plan-twenty-jobs.util';

describe('planTwentyJobs', () => {
  const batch = (isAuditLogged: boolean): WorkspaceEventBatch => ({
    name: 'person.created',
    workspaceId: 'w1',
    objectMetadata: {
      id: 'o1',
      nameSingular: 'person',
      isAuditLogged,
      labelSingular: 'Person',
    },
    actor: { type: 'apiKey' },
    events: [{ recordId: 'r1', properties: { after: { id: 'r1' } } }],
  });
  const retention = {
    removeOnComplete: { age: 14_400, count: 1000 },
    removeOnFail: { age: 604_800, count: 1000 },
  };

  it('should plan webhooks, triggers, audit log and timeline for an audit-logged object', () => {
    const jobs = planTwentyJobs(batch(true), 'created');

    expect(jobs.map(({ queueName, jobName }) => [queueName, jobName])).toEqual([
      ['webhook-queue', 'CallWebhookJobsJob'],
      ['trigger-queue', 'CallDatabaseEventTriggerJobsJob'],
      ['entity-events-to-db-queue', 'CreateAuditLogFromInternalEvent'],
      ['entity-events-to-db-queue', 'UpsertTimelineActivityFromInternalEvent'],
    ]);
    expect(jobs.map(({ options }) => options)).toEqual([
      { priority: 2, attempts: 4, ...retention },
      { priority: 5, attempts: 4, ...retention },
      { priority: 1, attempts: 1, ...retention },
      { priority: 1, attempts: 1, ...retention },
    ]);
  });

  it('should cut the webhook batch object metadata to id and nameSingular only', () => {
    const [webhook, trigger] = planTwentyJobs(batch(true), 'created');

    expect(webhook.data).toEqual({
      ...batch(true),
      objectMetadata: { id: 'o1', nameSingular: 'person' },
    });
    expect(trigger.data).toEqual(batch(true));
  });

  it('should plan only webhooks and triggers for an object that is not audit-logged', () => {
    expect(
      planTwentyJobs(batch(false), 'updated').map(({ jobName }) => jobName),
    ).toEqual(['CallWebhookJobsJob', 'CallDatabaseEventTriggerJobsJob']);
  });

  it('should plan no timeline activity for destroyed records', () => {
    expect(
      planTwentyJobs(batch(true), 'destroyed').map(({ jobName }) => jobName),
    ).toEqual([
      'CallWebhookJobsJob',
      'CallDatabaseEventTriggerJobsJob',
      'CreateAuditLogFromInternalEvent',
    ]);
  });
});
