import { type AggregateOrderBy } from './aggregate-order-by.type';
import { type DeletedMode } from './deleted-mode.type';
import { type FilterNode } from './filter-node.type';
import { type PreparedGroupBy } from './prepared-group-by.type';
import { type PreparedMetric } from './prepared-metric.type';
import { type QueryTarget } from './query-target.type';

export type PreparedAggregate = QueryTarget & {
  schemaName: string;
  filter: FilterNode | null;
  searchQuery: string | null;
  deleted: DeletedMode;
  groupBy: PreparedGroupBy[];
  timeZone: string;
  metrics: PreparedMetric[];
  orderBy: AggregateOrderBy[];
  limit: number;
};
