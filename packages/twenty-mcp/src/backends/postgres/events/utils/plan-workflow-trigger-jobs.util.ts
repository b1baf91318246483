import { TWENTY_QUEUES } from '../constants/twenty-queues.const';
import { WORKFLOW_ENRICHED_RECORDS } from '../constants/workflow-enriched-records.const';
import { type DatabaseEventAction } from '../types/database-event-action.type';
import { type ObjectRecordEvent } from '../types/object-record-event.type';
import { type TwentyJob } from '../types/twenty-job.type';
import { type WorkflowDatabaseEventTrigger } from '../types/workflow-database-event-trigger.type';
import { type WorkspaceEventBatch } from '../types/workspace-event-batch.type';
import { buildTwentyJob } from './build-twenty-job.util';

// An update starts the workflow when the trigger watches no field or one of
// the fields that changed; other actions always do.
const watchesEvent = (
  { settings }: WorkflowDatabaseEventTrigger,
  event: ObjectRecordEvent,
  action: DatabaseEventAction,
): boolean => {
  if (action !== 'updated' || !Array.isArray(settings.fields)) {
    return true;
  }

  const updatedFields = event.properties.updatedFields ?? [];

  return (
    settings.fields.length === 0 ||
    settings.fields.some((field) => updatedFields.includes(field))
  );
};

// Newer Twenty evaluates a record filter in-process with its workflow
// filter engine, which is not reproduced: such a trigger is left to start
// nothing rather than start a workflow its filter may have excluded.
const hasRecordFilter = ({ settings }: WorkflowDatabaseEventTrigger) => {
  const stepFilters = settings.filter?.stepFilters;

  return Array.isArray(stepFilters) && stepFilters.length > 0;
};

// The WorkflowTriggerJobs Twenty's workflow database-event listener adds for
// one (already enriched) batch: per trigger listening to the batch's event
// name, per event it watches, one job starting the trigger's workflow with
// that event as payload (docs/twenty-events.md). Restores start nothing.
export const planWorkflowTriggerJobs = (
  batch: WorkspaceEventBatch,
  action: DatabaseEventAction,
  triggers: readonly WorkflowDatabaseEventTrigger[],
): TwentyJob[] => {
  if (!WORKFLOW_ENRICHED_RECORDS[action]) {
    return [];
  }

  return triggers
    .filter(
      (trigger) =>
        trigger.settings.eventName === batch.name && !hasRecordFilter(trigger),
    )
    .flatMap((trigger) =>
      batch.events
        .filter((event) => watchesEvent(trigger, event, action))
        .map((event) =>
          buildTwentyJob(
            TWENTY_QUEUES.workflow,
            'WorkflowTriggerJob',
            {
              workspaceId: batch.workspaceId,
              workflowId: trigger.workflowId,
              payload: event,
            },
            3,
          ),
        ),
    );
};
