import { type QueryShape } from '../../../domain/query-usage/types/query-shape.type';
import { type AggregateQuery } from '../../../domain/records/types/aggregate-query.type';
import { collectFilterLeaves } from './collect-filter-leaves.util';

// A validated aggregate → its shape: the dimensions in order, the filtered
// fields, the deleted mode. Metrics and group ordering do not decide which
// rows are read, so they are left out.
export const toAggregateShape = (query: AggregateQuery): QueryShape => ({
  kind: 'aggregate',
  deleted: query.deleted,
  orderBy: [],
  groupBy: query.groupBy.map(({ leaf, granularity }) => ({
    field: leaf.field.name,
    subField: leaf.subField,
    granularity,
  })),
  filters: collectFilterLeaves(query.filter),
  search: query.search !== null,
});
