import { QUERY_LIMITS } from '../../../domain/records/constants/query-limits.const';
import { type FindRequest } from '../../../domain/records/types/find-request.type';
import { type PreparedFind } from '../../../domain/records/types/prepared-find.type';
import { decodeCursor } from './decode-cursor.util';
import { hashSortKeys } from './hash-sort-keys.util';
import { parseFilter } from './parse-filter.util';
import { parseLimit } from './parse-limit.util';
import { parseOrderBy } from './parse-order-by.util';
import { prepareSearchQueryText } from '../../../backends/postgres/records/utils/prepare-search-query-text.util';
import { resolveSelection } from './resolve-selection.util';

// Validates every untrusted part of a find once; the SQL builders and the
// decoder then work from the result.
export const prepareFind = (request: FindRequest): PreparedFind => {
  const { workspace, object, access } = request;
  const target = { object, access };
  const deleted = request.deleted ?? 'exclude';
  const sortKeys = parseOrderBy(target, request.orderBy);
  const sortHash = hashSortKeys(object, sortKeys);

  return {
    object,
    access,
    schemaName: workspace.schemaName,
    filter: parseFilter(target, request.filter),
    searchQuery: prepareSearchQueryText(object, request.search),
    sortKeys,
    sortHash,
    after: request.after
      ? decodeCursor(request.after, sortKeys, sortHash)
      : null,
    limit: parseLimit(
      request.limit,
      QUERY_LIMITS.defaultPageSize,
      QUERY_LIMITS.maxPageSize,
    ),
    selection: resolveSelection({ ...request, deleted }),
    includeTotalCount: request.includeTotalCount ?? false,
    deleted,
  };
};
