// Orders groups by a dimension or a metric, by its index.
export type AggregateOrderBy = {
  target: 'group' | 'metric';
  index: number;
  direction: 'ASC' | 'DESC';
};
