import { ACTIVITY_TARGETS_KEY } from '../../../../domain/records/constants/activity-targets-key.const';
import { type ExpandedActivityTarget } from '../../../../domain/records/types/expanded-activity-target.type';
import { type StoredRecord } from '../../../../domain/records/types/stored-record.type';
import { ACTIVITY_TARGET_COLUMN_ALIASES } from '../constants/activity-target-column-aliases.const';
import { type DbRow } from '../types/db-row.type';

// Rows of buildActivityTargetsExpansionQuery → `targets: [{ object, id,
// label }]` on each record, in link order; [] for a record without links.
export const applyActivityTargetsExpansion = (
  records: readonly StoredRecord[],
  rows: readonly DbRow[],
): StoredRecord[] => {
  const byActivity = new Map<string, ExpandedActivityTarget[]>();

  for (const row of rows) {
    const activityId = String(row[ACTIVITY_TARGET_COLUMN_ALIASES.activityId]);
    const label = row[ACTIVITY_TARGET_COLUMN_ALIASES.label];
    const targets = byActivity.get(activityId) ?? [];

    targets.push({
      object: String(row[ACTIVITY_TARGET_COLUMN_ALIASES.object]),
      id: String(row.id),
      label: label === null || label === undefined ? null : String(label),
    });
    byActivity.set(activityId, targets);
  }

  return records.map((record) => ({
    ...record,
    [ACTIVITY_TARGETS_KEY]: byActivity.get(record.id) ?? [],
  }));
};
