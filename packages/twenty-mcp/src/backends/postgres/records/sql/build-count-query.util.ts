import { type WorkspaceSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { type RecordScope } from '../../../../domain/records/types/record-scope.type';
import { type SqlQuery } from '../types/sql-query.type';
import { buildScopeConditions } from '../utils/build-scope-conditions.util';
import { buildTableReference } from '../utils/build-table-reference.util';
import { createParamCollector } from '../utils/create-param-collector.util';
import { renderWhereClause } from '../utils/render-where-clause.util';

// totalCount of a find: same records, no cursor, no limit. One row with
// a bigint `totalCount` (text from pg).
export const buildCountQuery = (
  workspace: WorkspaceSchema,
  scope: RecordScope,
): SqlQuery => {
  const { schemaName } = workspace;
  const params = createParamCollector();
  const conditions = buildScopeConditions(scope, {
    workspace,
    object: scope.object,
    schemaName,
    params,
  });

  return {
    sql:
      `SELECT count(*) AS "totalCount"` +
      ` FROM ${buildTableReference(schemaName, scope.object.tableName)}` +
      renderWhereClause(conditions),
    params: params.params,
  };
};
