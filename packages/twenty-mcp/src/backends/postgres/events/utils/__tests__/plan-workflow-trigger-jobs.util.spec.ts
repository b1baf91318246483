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
  const now = new Date('2026-06-01T12:00:00Z');
  const plan = (
    planned: WorkspaceEventBatch,
    action: Parameters<typeof planWorkflowTriggerJobs>[1],
    triggers: WorkflowDatabaseEventTrigger[],
  ) => planWorkflowTriggerJobs(planned, action, triggers, now);
  const started = ({ jobs }: ReturnType<typeof planWorkflowTriggerJobs>) =>
    jobs.map(
      ({ data }) =>
        `${(data as { workflowId: string }).workflowId}:${(data as { payload: ObjectRecordEvent }).payload.recordId}`,
    );

  it('should start each listening workflow once per event, with the event as payload, on workflow-queue', () => {
    const created = batch('person.created', [
      { recordId: 'r1', properties: { after: { id: 'r1' } } },
      { recordId: 'r2', properties: { after: { id: 'r2' } } },
    ]);
    const planned = plan(created, 'created', [
      trigger('wf1', { eventName: 'person.created' }),
      trigger('wf2', { eventName: 'company.created' }),
      trigger('wf3', { eventName: 'person.created', fields: ['name'] }),
    ]);

    expect(started(planned)).toEqual(['wf1:r1', 'wf1:r2', 'wf3:r1', 'wf3:r2']);
    expect(planned.unevaluableFilters).toEqual([]);
    expect(planned.jobs[0]).toEqual({
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
        plan(companyUpdated, 'updated', [
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
        plan(
          batch('company.deleted', [updated('r1', ['deletedAt'])]),
          'deleted',
          [trigger('wf', { eventName: 'company.deleted', fields: ['name'] })],
        ),
      ),
    ).toEqual(['wf:r1']);
  });

  it('should start nothing for restores, which Twenty’s listener does not handle', () => {
    expect(
      plan(
        batch('company.restored', [updated('r1', ['deletedAt'])]),
        'restored',
        [trigger('wf', { eventName: 'company.restored' })],
      ),
    ).toEqual({ jobs: [], unevaluableFilters: [] });
  });

  it('should start a filtered trigger’s workflow for the events its record filter lets through, after the fields rule', () => {
    const nameIs = (name: string) => ({
      stepFilterGroups: [{ id: 'g', logicalOperator: 'AND' }],
      stepFilters: [
        {
          id: 'f',
          type: 'TEXT',
          operand: 'IS',
          stepOutputKey: '{{trigger.properties.after.name}}',
          value: name,
          stepFilterGroupId: 'g',
        },
      ],
    });
    const renamed = (
      recordId: string,
      name: string,
      updatedFields: string[],
    ) => ({
      recordId,
      properties: {
        before: { id: recordId, name: 'Old' },
        after: { id: recordId, name },
        updatedFields,
        diff: {},
      },
    });

    const planned = plan(
      batch('company.updated', [
        renamed('r1', 'Acme', ['name']),
        renamed('r2', 'Other', ['name']),
        renamed('r3', 'Acme', ['employees']),
      ]),
      'updated',
      [
        trigger('acme', {
          eventName: 'company.updated',
          fields: ['name'],
          filter: nameIs('Acme'),
        }),
        trigger('emptyFilter', {
          eventName: 'company.updated',
          filter: { stepFilters: [], stepFilterGroups: [] },
        }),
      ],
    );

    expect(started(planned)).toEqual([
      'acme:r1',
      'emptyFilter:r1',
      'emptyFilter:r2',
      'emptyFilter:r3',
    ]);
    expect(planned.unevaluableFilters).toEqual([]);
  });

  it('should start nothing for a filter it cannot evaluate, reported once per trigger without record content', () => {
    const planned = plan(
      batch('person.created', [
        { recordId: 'r1', properties: { after: { id: 'r1', city: 'Paris' } } },
        { recordId: 'r2', properties: { after: { id: 'r2', city: 'Oslo' } } },
      ]),
      'created',
      [
        trigger('unknownOperand', {
          eventName: 'person.created',
          filter: {
            stepFilters: [
              {
                id: 'f',
                type: 'TEXT',
                operand: 'STARTS_WITH',
                stepOutputKey: '{{trigger.properties.after.city}}',
                value: 'Par',
                stepFilterGroupId: 'g',
              },
            ],
            stepFilterGroups: [{ id: 'g', logicalOperator: 'AND' }],
          },
        }),
      ],
    );

    expect(planned.jobs).toEqual([]);
    expect(planned.unevaluableFilters).toEqual([
      {
        workflowId: 'unknownOperand',
        reason: 'an unknown operand "STARTS_WITH"',
      },
    ]);
    expect(JSON.stringify(planned.unevaluableFilters)).not.toMatch(
      /Paris|Oslo/,
    );
  });
});
