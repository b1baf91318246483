// How read shapes are counted in memory and written to mcp."queryUsage"
// (docs/index-advisor.md).
export const QUERY_USAGE_RECORDING = {
  // Distinct (workspace, object, shape) entries held between flushes;
  // beyond, new shapes are counted as dropped until the next flush.
  maxPendingShapes: 5_000,
  flushIntervalMs: 5_000,
  // Shapes unused this long are deleted, checked at most hourly.
  retentionDays: 90,
  pruneIntervalMs: 3_600_000,
} as const;
