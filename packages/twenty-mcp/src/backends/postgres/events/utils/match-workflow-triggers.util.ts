import { WORKFLOW_ENRICHED_RECORDS } from '../constants/workflow-enriched-records.const';
import { type DatabaseEventAction } from '../types/database-event-action.type';
import { type ObjectRecordEvent } from '../types/object-record-event.type';
import { type WorkflowDatabaseEventTrigger } from '../types/workflow-database-event-trigger.type';
import { type WorkspaceEventBatch } from '../types/workspace-event-batch.type';

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

// Per trigger listening to the batch's event name, the events it watches
// (Twenty's event-name and watched-fields rules), in trigger then batch
// order, before any record filter. Restores match nothing: Twenty's
// listener has no handler for them (docs/twenty-events.md).
export const matchWorkflowTriggers = (
  batch: WorkspaceEventBatch,
  action: DatabaseEventAction,
  triggers: readonly WorkflowDatabaseEventTrigger[],
): { trigger: WorkflowDatabaseEventTrigger; event: ObjectRecordEvent }[] => {
  if (!WORKFLOW_ENRICHED_RECORDS[action]) {
    return [];
  }

  return triggers
    .filter((trigger) => trigger.settings.eventName === batch.name)
    .flatMap((trigger) =>
      batch.events
        .filter((event) => watchesEvent(trigger, event, action))
        .map((event) => ({ trigger, event })),
    );
};
