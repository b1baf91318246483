import { QUERY_LIMITS } from '../../../../domain/records/constants/query-limits.const';
import { type ObjectSearchRequest } from '../../../../domain/records/types/object-search-request.type';
import { type SqlQuery } from '../../../../domain/records/types/sql-query.type';
import { assertSearchable } from '../../../../services/records/utils/assert-searchable.util';
import { buildSearchQueryText } from '../utils/build-search-query-text.util';
import { buildTableReference } from '../utils/build-table-reference.util';
import { buildTsQueryExpression } from '../utils/build-tsquery-expression.util';
import { compileFilter } from '../utils/compile-filter.util';
import { createParamCollector } from '../utils/create-param-collector.util';
import { getReadableSearchVector } from '../utils/get-readable-search-vector.util';
import { getSelectionColumns } from '../utils/get-selection-columns.util';
import { parseLimit } from '../../../../services/records/utils/parse-limit.util';
import { renderSelectColumns } from '../utils/render-select-columns.util';

// Records of one object matching every word as a prefix, best first
// (ts_rank, then newest). Decode rows with decodeRecordRow.
export const buildSearchQuery = ({
  schemaName,
  object,
  access,
  search,
  selection,
  filter,
  limit,
}: ObjectSearchRequest): SqlQuery => {
  assertSearchable(object);

  const params = createParamCollector();
  const query = buildTsQueryExpression(buildSearchQueryText(search), params);
  const readableVector = getReadableSearchVector({ object, access });
  // The stored vector's index narrows the rows; the readable one decides.
  const conditions = [
    '"deletedAt" IS NULL',
    `"searchVector" @@ ${query}`,
    ...(readableVector ? [`${readableVector} @@ ${query}`] : []),
  ];

  if (filter) {
    conditions.push(compileFilter(filter, { object, schemaName, params }));
  }

  const limitPlaceholder = params.add(
    parseLimit(
      limit,
      QUERY_LIMITS.maxSearchResults,
      QUERY_LIMITS.maxSearchResults,
    ),
  );

  return {
    sql:
      `SELECT ${renderSelectColumns(getSelectionColumns(selection.fields))},` +
      ` ts_rank(${readableVector ?? '"searchVector"'}, ${query}) AS "__rank"` +
      ` FROM ${buildTableReference(schemaName, object.tableName)}` +
      ` WHERE ${conditions.join(' AND ')}` +
      ` ORDER BY "__rank" DESC, "createdAt" DESC, "id"` +
      ` LIMIT ${limitPlaceholder}`,
    params: params.params,
  };
};
