import { type AggregateOrderBy } from '../../../domain/records/types/aggregate-order-by.type';
import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';
import { readObjectList } from './read-object-list.util';

const EXAMPLE =
  '{ "metric": 0, "direction": "DESC" } or { "group": 0, "direction": "ASC" }';

// `{ group: i | metric: i, direction }` → which output column to order by.
export const parseAggregateOrderBy = (
  orderBy: unknown,
  groupCount: number,
  metricCount: number,
): AggregateOrderBy[] =>
  readObjectList(orderBy, 'orderBy', EXAMPLE).map((item) => {
    const isGroup = 'group' in item;
    const index = isGroup ? item.group : item.metric;
    const count = isGroup ? groupCount : metricCount;
    const target = isGroup ? 'group' : 'metric';

    if (isGroup === 'metric' in item) {
      throw invalidArgument(
        `Each orderBy item names either a group or a metric, e.g. ${EXAMPLE}`,
      );
    }

    if (
      typeof index !== 'number' ||
      !Number.isInteger(index) ||
      index < 0 ||
      index >= count
    ) {
      throw invalidArgument(
        `orderBy ${target} must be an index from 0 to ${count - 1} (there are ${count} ${target}s)`,
      );
    }

    if (item.direction !== 'ASC' && item.direction !== 'DESC') {
      throw invalidArgument('orderBy direction is "ASC" or "DESC"');
    }

    return { target, index, direction: item.direction };
  });
