import { QUERY_LIMITS } from '../../../domain/records/constants/query-limits.const';
import { type FindQuery } from '../../../domain/records/types/find-query.type';
import { type FindRequest } from '../types/find-request.type';
import { decodeCursor } from './decode-cursor.util';
import { hashSortKeys } from './hash-sort-keys.util';
import { parseFilter } from './parse-filter.util';
import { parseLimit } from './parse-limit.util';
import { parseOrderBy } from './parse-order-by.util';
import { parseObjectSearch } from './parse-object-search.util';
import { resolveSelection } from './resolve-selection.util';

// Validates every untrusted part of a find once; a back-end then runs the
// query, and the cursor of its last record is signed with `sortHash`.
export const prepareFind = (
  request: FindRequest,
): { query: FindQuery; sortHash: string; includeTotalCount: boolean } => {
  const { object, access } = request;
  const target = { object, access };
  const deleted = request.deleted ?? 'exclude';
  const sortKeys = parseOrderBy(target, request.orderBy);
  const sortHash = hashSortKeys(object, sortKeys);
  const search = parseObjectSearch(object, request.search);

  return {
    query: {
      object,
      access,
      filter: parseFilter(target, request.filter),
      search,
      sortKeys,
      after: request.after
        ? decodeCursor(request.after, sortKeys, sortHash)
        : null,
      limit: parseLimit(
        request.limit,
        QUERY_LIMITS.defaultPageSize,
        QUERY_LIMITS.maxPageSize,
      ),
      selection: resolveSelection({ ...request, deleted }),
      deleted,
    },
    sortHash,
    includeTotalCount: request.includeTotalCount ?? false,
  };
};
