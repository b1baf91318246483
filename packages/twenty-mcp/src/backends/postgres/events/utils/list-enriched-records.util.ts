import { type StoredRecord } from '../../../../domain/records/types/stored-record.type';
import { WORKFLOW_ENRICHED_RECORDS } from '../constants/workflow-enriched-records.const';
import { type DatabaseEventAction } from '../types/database-event-action.type';
import { type WorkspaceEventBatch } from '../types/workspace-event-batch.type';

// The records of a batch that Twenty's workflow listener enriches with
// their relations (`after` of a creation, `before` and `after` of an
// update, …).
export const listEnrichedRecords = (
  batch: WorkspaceEventBatch,
  action: DatabaseEventAction,
): StoredRecord[] =>
  (WORKFLOW_ENRICHED_RECORDS[action] ?? []).flatMap((key) =>
    batch.events.flatMap((event) => event.properties[key] ?? []),
  );
