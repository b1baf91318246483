import { QUERY_LIMITS } from '../../../domain/records/constants/query-limits.const';
import { QUERY_BUILDER_LIMITS } from '../../../domain/records/constants/query-builder-limits.const';
import { type AggregateRequest } from '../types/aggregate-request.type';
import { type AggregateQuery } from '../../../domain/records/types/aggregate-query.type';
import { parseObjectSearch } from './parse-object-search.util';
import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';
import { limitExceeded } from '../../../domain/exceptions/utils/limit-exceeded.util';
import { parseAggregateOrderBy } from './parse-aggregate-order-by.util';
import { parseFilter } from './parse-filter.util';
import { parseGroupBy } from './parse-group-by.util';
import { parseLimit } from './parse-limit.util';
import { parseMetric } from './parse-metric.util';
import { readObjectList } from './read-object-list.util';
import { validateTimeZone } from './validate-time-zone.util';

// Validates an aggregate: filter and search as in find, dimensions,
// metrics (COUNT by default), ordering, group limit, time zone.
export const prepareAggregate = (request: AggregateRequest): AggregateQuery => {
  const { object, access } = request;
  const target = { object, access };
  const metricItems = readObjectList(
    request.metrics,
    'metrics',
    '{ "op": "SUM", "field": "amount" }',
  );
  const metricSpecs = metricItems.length > 0 ? metricItems : [{ op: 'COUNT' }];

  if (metricSpecs.length > QUERY_BUILDER_LIMITS.maxAggregateMetrics) {
    throw limitExceeded(
      `At most ${QUERY_BUILDER_LIMITS.maxAggregateMetrics} metrics per call`,
    );
  }

  const groupBy = parseGroupBy(target, request.groupBy);
  const metrics = metricSpecs.map((metric) => parseMetric(target, metric));
  const labels = [...groupBy, ...metrics].map((item) => item.label);
  const search = parseObjectSearch(object, request.search);

  if (new Set(labels).size !== labels.length) {
    throw invalidArgument('The same group or metric is asked for twice');
  }

  return {
    object,
    access,
    filter: parseFilter(target, request.filter),
    search,
    deleted: request.deleted ?? 'exclude',
    groupBy,
    timeZone: validateTimeZone(request.timeZone ?? 'UTC'),
    metrics,
    orderBy: parseAggregateOrderBy(
      request.orderBy ?? [],
      groupBy.length,
      metrics.length,
    ),
    limit: parseLimit(
      request.limit,
      QUERY_LIMITS.maxAggregateGroups,
      QUERY_LIMITS.maxAggregateGroups,
    ),
  };
};
