// Buckets (truncate to the start of the period) and cyclic parts.
export const DATE_GRANULARITIES = [
  'DAY',
  'WEEK',
  'MONTH',
  'QUARTER',
  'YEAR',
  'DAY_OF_WEEK',
  'MONTH_OF_YEAR',
] as const;
