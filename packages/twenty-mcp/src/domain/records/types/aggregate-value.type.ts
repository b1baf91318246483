// Counts, sums and percentages are numbers; NUMERIC sums stay exact
// strings; date buckets are `YYYY-MM-DD`.
export type AggregateValue = string | number | boolean | null;
