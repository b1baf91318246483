// One group of an AggregateQuery as a back-end returns it: dimension
// values (date buckets as `YYYY-MM-DD` text or integers) and metric values
// in stored units (currency in micros), in query order.
export type StoredAggregateRow = {
  groups: unknown[];
  metrics: unknown[];
};
