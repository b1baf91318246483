import { type SqlQuery } from '../types/sql-query.type';
import { type UpdateRequest } from '../types/update-request.type';
import { buildActorAssignments } from '../utils/build-actor-assignments.util';
import { buildTableReference } from '../utils/build-table-reference.util';
import { createParamCollector } from '../utils/create-param-collector.util';
import { getSqlCast } from '../utils/get-sql-cast.util';
import { quoteIdentifier } from '../utils/quote-identifier.util';
import { renderReturningClause } from '../utils/render-returning-clause.util';

// SET only the given columns (a composite's other sub-columns keep their
// values), plus updatedAt and updatedBy; trashed records are left alone
// unless the request includes them.
export const buildUpdateQuery = ({
  schemaName,
  object,
  id,
  record,
  actor,
  returning,
  includeTrashed = false,
}: UpdateRequest): SqlQuery => {
  const params = createParamCollector();
  const assignments = [
    ...record.columns.map((encoded) => ({
      column: encoded.column,
      value: params.add(encoded.value, getSqlCast(encoded, schemaName)),
    })),
    { column: 'updatedAt', value: 'now()' },
    ...buildActorAssignments(object, schemaName, actor, ['updatedBy'], params),
  ];

  return {
    sql:
      `UPDATE ${buildTableReference(schemaName, object.tableName)}` +
      ` SET ${assignments.map(({ column, value }) => `${quoteIdentifier(column)} = ${value}`).join(', ')}` +
      ` WHERE "id" = ${params.add(id, 'uuid')}` +
      (includeTrashed ? '' : ` AND "deletedAt" IS NULL`) +
      renderReturningClause(returning),
    params: params.params,
  };
};
