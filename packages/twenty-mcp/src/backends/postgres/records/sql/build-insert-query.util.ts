import { type InsertRequest } from '../types/insert-request.type';
import { type SqlQuery } from '../types/sql-query.type';
import { buildActorAssignments } from '../utils/build-actor-assignments.util';
import { buildTableReference } from '../utils/build-table-reference.util';
import { createParamCollector } from '../utils/create-param-collector.util';
import { getSqlCast } from '../utils/get-sql-cast.util';
import { quoteIdentifier } from '../utils/quote-identifier.util';
import { renderReturningClause } from '../utils/render-returning-clause.util';

// One multi-row INSERT. Columns a record leaves out take their DEFAULT.
// New records go on top as Twenty's "first" does: position = smallest
// existing position − 1 − i (the minimum is read once, in a CTE).
// createdBy / updatedBy are the actor.
export const buildInsertQuery = ({
  schemaName,
  object,
  records,
  actor,
  returning,
}: InsertRequest): SqlQuery => {
  const params = createParamCollector();
  const table = buildTableReference(schemaName, object.tableName);
  const columns = [
    ...new Set(
      records.flatMap((record) => record.columns.map(({ column }) => column)),
    ),
  ];
  const actorAssignments = buildActorAssignments(
    object,
    schemaName,
    actor,
    ['createdBy', 'updatedBy'],
    params,
  );
  const hasPosition = object.fields.some((field) => field.name === 'position');
  const rows = records.map((record, index) => {
    const values = columns.map((column) => {
      const encoded = record.columns.find(
        (candidate) => candidate.column === column,
      );

      return encoded
        ? params.add(encoded.value, getSqlCast(encoded, schemaName))
        : 'DEFAULT';
    });

    if (hasPosition) {
      values.push(`(SELECT "position" FROM "top") - ${index + 1}`);
    }

    return `(${[...values, ...actorAssignments.map(({ value }) => value)].join(', ')})`;
  });
  const columnList = [
    ...columns,
    ...(hasPosition ? ['position'] : []),
    ...actorAssignments.map(({ column }) => column),
  ]
    .map(quoteIdentifier)
    .join(', ');

  return {
    sql:
      (hasPosition
        ? `WITH "top" AS (SELECT COALESCE(MIN("position"), 0) AS "position" FROM ${table}) `
        : '') +
      `INSERT INTO ${table} (${columnList}) VALUES ${rows.join(', ')}` +
      renderReturningClause(returning),
    params: params.params,
  };
};
