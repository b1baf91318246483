import { ACTIVITY_TARGET_COLUMN_ALIASES } from '../../../../domain/records/constants/activity-target-column-aliases.const';
import { type SqlQuery } from '../../../../domain/records/types/sql-query.type';
import { buildTableReference } from '../utils/build-table-reference.util';
import { createParamCollector } from '../utils/create-param-collector.util';
import { invalidArgument } from '../../../../domain/exceptions/utils/invalid-argument.util';
import { quoteIdentifier } from '../utils/quote-identifier.util';

// The live links of some activities to the given target columns (links to
// other objects are left out): `id`, `__activityId` and those columns.
export const buildFindActivityTargetLinksQuery = ({
  schemaName,
  junctionTableName,
  activityJoinColumn,
  activityIds,
  joinColumnNames,
}: {
  schemaName: string;
  junctionTableName: string;
  activityJoinColumn: string;
  activityIds: readonly string[];
  joinColumnNames: readonly string[];
}): SqlQuery => {
  if (joinColumnNames.length === 0) {
    throw invalidArgument('Pass at least one target column');
  }

  const params = createParamCollector();
  const columns = joinColumnNames.map(quoteIdentifier);

  return {
    sql:
      `SELECT "id", ${quoteIdentifier(activityJoinColumn)} AS "${ACTIVITY_TARGET_COLUMN_ALIASES.activityId}", ${columns.join(', ')}` +
      ` FROM ${buildTableReference(schemaName, junctionTableName)}` +
      ` WHERE ${quoteIdentifier(activityJoinColumn)} = ANY(${params.add([...new Set(activityIds)], 'uuid[]')})` +
      ` AND "deletedAt" IS NULL` +
      ` AND (${columns.map((column) => `${column} IS NOT NULL`).join(' OR ')})`,
    params: params.params,
  };
};
