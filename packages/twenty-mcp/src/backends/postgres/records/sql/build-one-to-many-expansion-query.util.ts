import { QUERY_LIMITS } from '../../../../domain/records/constants/query-limits.const';
import { EXPANSION_COLUMN_ALIASES } from '../constants/expansion-column-aliases.const';
import { type OneToManyExpansion } from '../../../../domain/records/types/one-to-many-expansion.type';
import { type SqlQuery } from '../types/sql-query.type';
import { buildTableReference } from '../utils/build-table-reference.util';
import { createParamCollector } from '../utils/create-param-collector.util';
import { getExpansionFields } from '../../../../domain/records/utils/get-expansion-fields.util';
import { getSelectionColumns } from '../utils/get-selection-columns.util';
import { quoteIdentifier } from '../utils/quote-identifier.util';
import { renderSelectColumns } from '../utils/render-select-columns.util';

// Up to maxExpandedRelationRecords related records per parent (newest
// first) and each parent's total, for a whole page in one query.
export const buildOneToManyExpansionQuery = ({
  schemaName,
  expansion,
  parentIds,
}: {
  schemaName: string;
  expansion: OneToManyExpansion;
  parentIds: readonly string[];
}): SqlQuery => {
  const params = createParamCollector();
  const { parentId, totalCount, rowNumber } = EXPANSION_COLUMN_ALIASES;
  const joinColumn = quoteIdentifier(expansion.joinColumnName);
  const columns = renderSelectColumns(
    getSelectionColumns(
      getExpansionFields(expansion.target, expansion.labelField),
    ),
  );
  const ids = params.add([...new Set(parentIds)], 'uuid[]');
  const perParent = params.add(QUERY_LIMITS.maxExpandedRelationRecords);

  return {
    sql:
      `SELECT * FROM (SELECT ${joinColumn} AS "${parentId}",` +
      ` count(*) OVER (PARTITION BY ${joinColumn}) AS "${totalCount}",` +
      ` row_number() OVER (PARTITION BY ${joinColumn} ORDER BY "createdAt" DESC, "id") AS "${rowNumber}",` +
      ` ${columns}` +
      ` FROM ${buildTableReference(schemaName, expansion.target.object.tableName)}` +
      ` WHERE ${joinColumn} = ANY(${ids}) AND "deletedAt" IS NULL) AS "related"` +
      ` WHERE "${rowNumber}" <= ${perParent}` +
      ` ORDER BY "${parentId}", "${rowNumber}"`,
    params: params.params,
  };
};
