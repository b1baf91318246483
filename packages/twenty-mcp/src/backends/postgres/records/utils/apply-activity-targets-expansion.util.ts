import { type ApiRecord } from '../../../../domain/records/types/api-record.type';
import { ACTIVITY_TARGET_COLUMN_ALIASES } from '../../../../domain/records/constants/activity-target-column-aliases.const';
import { ACTIVITY_TARGETS_KEY } from '../../../../domain/records/constants/activity-targets-key.const';
import { type DbRow } from '../../../../domain/records/types/db-row.type';

type ExpandedTarget = { object: string; id: string; label: string | null };

// Rows of buildActivityTargetsExpansionQuery → `targets: [{ object, id,
// label }]` on each record, in link order; [] for a record without links.
export const applyActivityTargetsExpansion = (
  records: readonly ApiRecord[],
  rows: readonly DbRow[],
): ApiRecord[] => {
  const byActivity = new Map<string, ExpandedTarget[]>();

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
    [ACTIVITY_TARGETS_KEY]: byActivity.get(String(record.id)) ?? [],
  }));
};
