import { type Selection } from '../../../../domain/records/types/selection.type';
import { type StoredRecord } from '../../../../domain/records/types/stored-record.type';
import { buildActivityTargetsExpansionQuery } from '../sql/build-activity-targets-expansion-query.util';
import { buildManyToOneExpansionQuery } from '../sql/build-many-to-one-expansion-query.util';
import { buildOneToManyExpansionQuery } from '../sql/build-one-to-many-expansion-query.util';
import { type DbRow } from '../types/db-row.type';
import { type SqlQuery } from '../types/sql-query.type';
import { applyActivityTargetsExpansion } from './apply-activity-targets-expansion.util';
import { applyManyToOneExpansion } from './apply-many-to-one-expansion.util';
import { applyOneToManyExpansion } from './apply-one-to-many-expansion.util';
import { collectManyToOneTargetIds } from './collect-many-to-one-target-ids.util';

// Expands the selected relations of a page: one batched query per relation
// (and one for a note's or task's targets).
export const expandRecords = async ({
  run,
  schemaName,
  selection,
  records,
}: {
  run: (query: SqlQuery) => Promise<DbRow[]>;
  schemaName: string;
  selection: Selection;
  records: StoredRecord[];
}): Promise<StoredRecord[]> => {
  if (records.length === 0) {
    return records;
  }

  let expanded = records;

  for (const expansion of selection.manyToOne) {
    const targetIds = collectManyToOneTargetIds(expanded, expansion);
    const rows = targetIds.length
      ? await run(
          buildManyToOneExpansionQuery({ schemaName, expansion, targetIds }),
        )
      : [];

    expanded = applyManyToOneExpansion(expanded, expansion, rows);
  }

  for (const expansion of selection.oneToMany) {
    const rows = await run(
      buildOneToManyExpansionQuery({
        schemaName,
        expansion,
        parentIds: expanded.map((record) => record.id),
      }),
    );

    expanded = applyOneToManyExpansion(expanded, expansion, rows);
  }

  if (selection.activityTargets) {
    const rows = await run(
      buildActivityTargetsExpansionQuery({
        schemaName,
        expansion: selection.activityTargets,
        activityIds: expanded.map((record) => record.id),
      }),
    );

    expanded = applyActivityTargetsExpansion(expanded, rows);
  }

  return expanded;
};
