import { type PreparedFind } from '../../../../domain/records/types/prepared-find.type';
import { type SqlQuery } from '../../../../domain/records/types/sql-query.type';
import { buildScopeConditions } from '../utils/build-scope-conditions.util';
import { buildTableReference } from '../utils/build-table-reference.util';
import { createParamCollector } from '../utils/create-param-collector.util';
import { renderWhereClause } from '../utils/render-where-clause.util';

// totalCount of a find: same records, no cursor, no limit. One row with
// a bigint `totalCount` (text from pg).
export const buildCountQuery = (prepared: PreparedFind): SqlQuery => {
  const params = createParamCollector();
  const conditions = buildScopeConditions(prepared, {
    object: prepared.object,
    schemaName: prepared.schemaName,
    params,
  });

  return {
    sql:
      `SELECT count(*) AS "totalCount"` +
      ` FROM ${buildTableReference(prepared.schemaName, prepared.object.tableName)}` +
      renderWhereClause(conditions),
    params: params.params,
  };
};
