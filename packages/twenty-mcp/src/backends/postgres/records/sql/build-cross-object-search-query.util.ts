import { type SearchQuery } from '../../../../domain/records/types/search-query.type';
import { type SqlQuery } from '../types/sql-query.type';
import { buildLabelTextExpression } from '../utils/build-label-text-expression.util';
import { buildSearchQueryText } from '../utils/build-search-query-text.util';
import { buildTableReference } from '../utils/build-table-reference.util';
import { buildTsQueryExpression } from '../utils/build-tsquery-expression.util';
import { createParamCollector } from '../utils/create-param-collector.util';
import { findLabelField } from '../../../../domain/workspace/utils/find-label-field.util';
import { getReadableSearchVector } from '../utils/get-readable-search-vector.util';

// {object, id, label, rank} hits of several objects, ranked together.
// Each object contributes at most `limit` of its best hits first, so no
// table is scanned for more than the answer can use.
export const buildCrossObjectSearchQuery = (
  schemaName: string,
  { targets, text, limit }: SearchQuery,
): SqlQuery => {
  const params = createParamCollector();
  const query = buildTsQueryExpression(buildSearchQueryText(text), params);
  const limitPlaceholder = params.add(limit);
  const selects = targets.map((target) => {
    const readableVector = getReadableSearchVector(target);
    // The stored vector's index narrows the rows; the readable one decides.
    const match = readableVector
      ? `"searchVector" @@ ${query} AND ${readableVector} @@ ${query}`
      : `"searchVector" @@ ${query}`;

    return (
      `SELECT ${params.add(target.object.nameSingular, 'text')} AS "object", "id",` +
      ` ${buildLabelTextExpression(findLabelField(target))} AS "label",` +
      ` ts_rank(${readableVector ?? '"searchVector"'}, ${query}) AS "rank"` +
      ` FROM ${buildTableReference(schemaName, target.object.tableName)}` +
      ` WHERE "deletedAt" IS NULL AND ${match}` +
      ` ORDER BY "rank" DESC, "id" LIMIT ${limitPlaceholder}`
    );
  });

  // A single object's hits are already ordered and limited; PostgreSQL
  // refuses a second ORDER BY after one parenthesised SELECT.
  return {
    sql:
      selects.length === 1
        ? selects[0]
        : `${selects.map((select) => `(${select})`).join(' UNION ALL ')} ORDER BY "rank" DESC, "object", "id" LIMIT ${limitPlaceholder}`,
    params: params.params,
  };
};
