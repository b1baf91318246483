import { type QueryShape } from '../../../domain/query-usage/types/query-shape.type';
import { type FindQuery } from '../../../domain/records/types/find-query.type';
import { collectFilterLeaves } from './collect-filter-leaves.util';

// A validated find → its shape: the order exactly as it runs (the `id`
// tie-breaker included), the filtered fields, the deleted mode.
export const toFindShape = (query: FindQuery): QueryShape => ({
  kind: 'find',
  deleted: query.deleted,
  orderBy: query.sortKeys.map(({ leaf, direction }) => ({
    field: leaf.field.name,
    subField: leaf.subField,
    direction,
  })),
  groupBy: [],
  filters: collectFilterLeaves(query.filter),
  search: query.search !== null,
});
