import { SORT_USAGE } from '../constants/sort-usage.const';
import { ORDER_DIRECTIONS } from '../../../domain/records/constants/order-directions.const';
import { type QueryTarget } from '../../../domain/records/types/query-target.type';
import { type SortKey } from '../../../domain/records/types/sort-key.type';
import { formatNameList } from '../../../domain/exceptions/utils/format-name-list.util';
import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';
import { isOrderDirection } from './is-order-direction.util';
import { isPlainObject } from '../../../domain/values/utils/is-plain-object.util';
import { resolveFieldLeaf } from './resolve-field-leaf.util';

const singleEntry = (value: unknown): [string, unknown] => {
  if (!isPlainObject(value) || Object.keys(value).length !== 1) {
    throw invalidArgument(
      'Each orderBy item has exactly one key, e.g. { "closeDate": "AscNullsLast" } or { "name": { "lastName": "DescNullsFirst" } }',
    );
  }

  return Object.entries(value)[0];
};

// `{ "closeDate": "AscNullsLast" }` or `{ "name": { "lastName": "…" } }`.
export const parseOrderByItem = (
  target: QueryTarget,
  item: unknown,
): SortKey => {
  const [key, value] = singleEntry(item);
  const [subField, direction] = isPlainObject(value)
    ? singleEntry(value)
    : [null, value];
  const leaf = resolveFieldLeaf(target, key, subField, SORT_USAGE);

  if (!isOrderDirection(direction)) {
    throw invalidArgument(
      `Unknown sort direction for "${key}". Use one of: ${formatNameList(ORDER_DIRECTIONS)}`,
    );
  }

  return { leaf, direction };
};
