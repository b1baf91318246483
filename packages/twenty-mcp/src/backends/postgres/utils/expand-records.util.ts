import { type ApiRecord } from '../../../domain/records/types/api-record.type';
import {
  applyActivityTargetsExpansion,
  applyManyToOneExpansion,
  applyOneToManyExpansion,
  buildActivityTargetsExpansionQuery,
  buildManyToOneExpansionQuery,
  buildOneToManyExpansionQuery,
  collectManyToOneTargetIds,
  type DbRow,
  type Selection,
  type SqlQuery,
} from '../../../services/records/query-index';

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
  records: ApiRecord[];
}): Promise<ApiRecord[]> => {
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
