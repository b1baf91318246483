import { QUERY_BUILDER_LIMITS } from '../../../domain/records/constants/query-builder-limits.const';
import { type QueryTarget } from '../../../domain/records/types/query-target.type';
import { type SortKey } from '../../../domain/records/types/sort-key.type';
import { findFieldLeaf } from '../../../domain/records/utils/find-field-leaf.util';
import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';
import { limitExceeded } from '../../../domain/exceptions/utils/limit-exceeded.util';
import { parseOrderByItem } from './parse-order-by-item.util';

// The caller's orderBy → sort keys, always `id` last so the order is total
// (keyset pages need that). Nothing asked: `id` alone, which the primary
// key serves on any table size, as Twenty does (docs/record-format.md,
// "Ordering, pages, selection"); newest first is an explicit `createdAt` key.
export const parseOrderBy = (
  target: QueryTarget,
  orderBy: unknown,
): SortKey[] => {
  const items =
    orderBy === undefined || orderBy === null
      ? []
      : Array.isArray(orderBy)
        ? orderBy
        : [orderBy];

  if (items.length > QUERY_BUILDER_LIMITS.maxOrderByKeys) {
    throw limitExceeded(
      `orderBy takes at most ${QUERY_BUILDER_LIMITS.maxOrderByKeys} keys`,
    );
  }

  const keys = items.map((item) => parseOrderByItem(target, item));
  const columns = keys.map(
    ({ leaf }) => `${leaf.field.name}.${leaf.subField ?? ''}`,
  );

  if (new Set(columns).size !== columns.length) {
    throw invalidArgument('orderBy names the same field twice');
  }

  if (!columns.includes('id.')) {
    keys.push({
      leaf: findFieldLeaf(target.object, 'id', null),
      direction: 'AscNullsLast',
    });
  }

  return keys;
};
