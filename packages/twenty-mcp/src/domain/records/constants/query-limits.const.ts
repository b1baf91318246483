// Documented limits of the records API (also stated in tool descriptions).
export const QUERY_LIMITS = {
  defaultPageSize: 20,
  maxPageSize: 100,
  maxBatchSize: 50,
  maxIdsPerCall: 100,
  maxFilterDepth: 8,
  maxFilterConditions: 50,
  maxInValues: 200,
  maxGroupByFields: 2,
  maxAggregateGroups: 100,
  // One-to-many relations expand to at most this many related records.
  maxExpandedRelationRecords: 10,
  // Links a note or task takes per write (`targets`), and shows when expanded.
  maxTargetsPerRecord: 20,
  maxExpandedTargets: 50,
  maxSearchResults: 50,
} as const;
