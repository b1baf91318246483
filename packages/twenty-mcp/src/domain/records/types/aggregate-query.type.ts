import { type AggregateOrderBy } from './aggregate-order-by.type';
import { type PreparedGroupBy } from './prepared-group-by.type';
import { type PreparedMetric } from './prepared-metric.type';
import { type RecordScope } from './record-scope.type';

// A validated aggregate: dimensions, metrics, ordering and group limit.
export type AggregateQuery = RecordScope & {
  groupBy: PreparedGroupBy[];
  // IANA zone date-time dimensions are bucketed in.
  timeZone: string;
  metrics: PreparedMetric[];
  orderBy: AggregateOrderBy[];
  limit: number;
};
