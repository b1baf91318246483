// Collects bind parameters while SQL is assembled.
export type ParamCollector = {
  readonly params: unknown[];
  // Adds a value and returns its placeholder, `$3` or `$3::uuid[]`.
  add: (value: unknown, cast?: string) => string;
};
