// Limits of this layer that record-format.md does not fix; they keep the
// generated SQL small (a keyset predicate grows with the square of keys).
export const QUERY_BUILDER_LIMITS = {
  maxOrderByKeys: 5,
  maxAggregateMetrics: 10,
} as const;
