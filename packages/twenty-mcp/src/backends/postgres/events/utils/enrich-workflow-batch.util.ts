import { type StoredRecord } from '../../../../domain/records/types/stored-record.type';
import { WORKFLOW_ENRICHED_RECORDS } from '../constants/workflow-enriched-records.const';
import { type DatabaseEventAction } from '../types/database-event-action.type';
import { type ManyToOneJoin } from '../types/many-to-one-join.type';
import { type WorkspaceEventBatch } from '../types/workspace-event-batch.type';

// The batch as Twenty's workflow listener hands it to workflows: each
// enriched record (listEnrichedRecords) carries, under the relation field's
// name, the record its join column points to, one level deep, when that
// record exists and is not trashed. `relatedByJoinColumn` holds those
// records by join column, then id. The batch itself is left as it was: the
// other jobs carry it unenriched, as Twenty's do.
export const enrichWorkflowBatch = ({
  batch,
  action,
  joins,
  relatedByJoinColumn,
}: {
  batch: WorkspaceEventBatch;
  action: DatabaseEventAction;
  joins: readonly ManyToOneJoin[];
  relatedByJoinColumn: ReadonlyMap<string, ReadonlyMap<string, StoredRecord>>;
}): WorkspaceEventBatch => {
  const enrich = (record: StoredRecord): StoredRecord => {
    const enriched: StoredRecord = { ...record };

    for (const { fieldName, joinColumnName } of joins) {
      const related = relatedByJoinColumn
        .get(joinColumnName)
        ?.get(record[joinColumnName] as string);

      if (related) {
        enriched[fieldName] = related;
      }
    }

    return enriched;
  };
  const keys = WORKFLOW_ENRICHED_RECORDS[action] ?? [];

  return {
    ...batch,
    events: batch.events.map((event) => {
      const properties = { ...event.properties };

      for (const key of keys) {
        const record = properties[key];

        if (record) {
          properties[key] = enrich(record);
        }
      }

      return { ...event, properties };
    }),
  };
};
