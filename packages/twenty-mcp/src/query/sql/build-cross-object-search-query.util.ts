import { QUERY_LIMITS } from '../../common/constants/query-limits.const';
import { type CrossObjectSearchRequest } from '../types/cross-object-search-request.type';
import { type SqlQuery } from '../types/sql-query.type';
import { assertSearchable } from '../utils/assert-searchable.util';
import { buildLabelTextExpression } from '../utils/build-label-text-expression.util';
import { buildSearchQueryText } from '../utils/build-search-query-text.util';
import { buildTableReference } from '../utils/build-table-reference.util';
import { buildTsQueryExpression } from '../utils/build-tsquery-expression.util';
import { createParamCollector } from '../utils/create-param-collector.util';
import { findLabelField } from '../utils/find-label-field.util';
import { invalidArgument } from '../utils/invalid-argument.util';
import { parseLimit } from '../utils/parse-limit.util';

// {object, id, label, rank} hits of several objects, ranked together.
// Each object contributes at most `limit` of its best hits first, so no
// table is scanned for more than the answer can use.
export const buildCrossObjectSearchQuery = ({
  schemaName,
  targets,
  search,
  limit,
}: CrossObjectSearchRequest): SqlQuery => {
  if (targets.length === 0) {
    throw invalidArgument('Search needs at least one object to search in');
  }

  const params = createParamCollector();
  const query = buildTsQueryExpression(buildSearchQueryText(search), params);
  const limitPlaceholder = params.add(
    parseLimit(
      limit,
      QUERY_LIMITS.maxSearchResults,
      QUERY_LIMITS.maxSearchResults,
    ),
  );
  const parts = targets.map((target) => {
    assertSearchable(target.object);

    return (
      `(SELECT ${params.add(target.object.nameSingular, 'text')} AS "object", "id",` +
      ` ${buildLabelTextExpression(findLabelField(target))} AS "label",` +
      ` ts_rank("searchVector", ${query}) AS "rank"` +
      ` FROM ${buildTableReference(schemaName, target.object.tableName)}` +
      ` WHERE "deletedAt" IS NULL AND "searchVector" @@ ${query}` +
      ` ORDER BY "rank" DESC, "id" LIMIT ${limitPlaceholder})`
    );
  });

  return {
    sql: `${parts.join(' UNION ALL ')} ORDER BY "rank" DESC, "object", "id" LIMIT ${limitPlaceholder}`,
    params: params.params,
  };
};
