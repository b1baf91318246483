import { type ObjectRecordEvent } from '../../types/object-record-event.type';
import { type WorkflowDatabaseEventTrigger } from '../../types/workflow-database-event-trigger.type';
import { type WorkspaceEventBatch } from '../../types/workspace-event-batch.type';
import { planWorkflowTriggerJobs } from '../plan-workflow-trigger-jobs.util';

describe('planWorkflowTriggerJobs', () => {
  const updated = (recordId: string, updatedFields: string[]) => ({
    recordId,
    properties: {
      before: { id: recordId },
      after: { id: recordId },
      updatedFields,
      diff: {},
    },
  });
  const batch = (
    name: string,
    events: ObjectRecordEvent[],
  ): WorkspaceEventBatch => ({
    name,
    workspaceId: 'w1',
    objectMetadata: { id: 'o1', nameSingular: 'company', isAuditLogged: true },
    actor: { type: 'apiKey' },
    events,
  });
  const trigger = (
    workflowId: string,
    settings: WorkflowDatabaseEventTrigger['settings'],
  ): WorkflowDatabaseEventTrigger => ({ workflowId, settings });
  const started = (jobs: ReturnType<typeof planWorkflowTriggerJobs>) =>
    jobs.map(
      ({ data }) =>
        `${(data as { workflowId: string }).workflowId}:${(data as { payload: ObjectRecordEvent }).payload.recordId}`,
    );

  it('should start each listening workflow once per event, with the event as payload, on workflow-queue', () => {
    const created = batch('person.created', [
      { recordId: 'r1', properties: { after: { id: 'r1' } } },
      { recordId: 'r2', properties: { after: { id: 'r2' } } },
    ]);
    const jobs = planWorkflowTriggerJobs(created, 'created', [
      trigger('wf1', { eventName: 'person.created' }),
      trigger('wf2', { eventName: 'company.created' }),
      trigger('wf3', { eventName: 'person.created', fields: ['name'] }),
    ]);

    expect(started(jobs)).toEqual(['wf1:r1', 'wf1:r2', 'wf3:r1', 'wf3:r2']);
    expect(jobs[0]).toEqual({
      queueName: 'workflow-queue',
      jobName: 'WorkflowTriggerJob',
      data: {
        workspaceId: 'w1',
        workflowId: 'wf1',
        payload: created.events[0],
      },
      options: {
        priority: 2,
        attempts: 4,
        removeOnComplete: { age: 14_400, count: 1000 },
        removeOnFail: { age: 604_800, count: 1000 },
      },
    });
  });

  it('should start an update workflow only for events changing one of its fields, or any when it names none', () => {
    const companyUpdated = batch('company.updated', [
      updated('r1', ['name']),
      updated('r2', ['employees']),
    ]);

    expect(
      started(
        planWorkflowTriggerJobs(companyUpdated, 'updated', [
          trigger('byName', { eventName: 'company.updated', fields: ['name'] }),
          trigger('any', { eventName: 'company.updated', fields: [] }),
          trigger('absent', { eventName: 'company.updated' }),
          trigger('nullFields', { eventName: 'company.updated', fields: null }),
        ]),
      ),
    ).toEqual([
      'byName:r1',
      'any:r1',
      'any:r2',
      'absent:r1',
      'absent:r2',
      'nullFields:r1',
      'nullFields:r2',
    ]);
  });

  it('should not filter deletions by fields', () => {
    expect(
      started(
        planWorkflowTriggerJobs(
          batch('company.deleted', [updated('r1', ['deletedAt'])]),
          'deleted',
          [trigger('wf', { eventName: 'company.deleted', fields: ['name'] })],
        ),
      ),
    ).toEqual(['wf:r1']);
  });

  it('should start nothing for restores, which Twenty’s listener does not handle', () => {
    expect(
      planWorkflowTriggerJobs(
        batch('company.restored', [updated('r1', ['deletedAt'])]),
        'restored',
        [trigger('wf', { eventName: 'company.restored' })],
      ),
    ).toEqual([]);
  });

  it('should leave out triggers with a record filter, which is not reproduced', () => {
    expect(
      started(
        planWorkflowTriggerJobs(
          batch('person.created', [
            { recordId: 'r1', properties: { after: { id: 'r1' } } },
          ]),
          'created',
          [
            trigger('filtered', {
              eventName: 'person.created',
              filter: { stepFilters: [{ id: 'f1' }] },
            }),
            trigger('emptyFilter', {
              eventName: 'person.created',
              filter: { stepFilters: [] },
            }),
          ],
        ),
      ),
    ).toEqual(['emptyFilter:r1']);
  });
});
