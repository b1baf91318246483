import { type AggregateValue } from './aggregate-value.type';

export type AggregateResult = {
  // Keyed by the group / metric labels (`stage`, `SUM(amount)`).
  groups: {
    key: Record<string, AggregateValue>;
    // Counts, sums, percentages: numbers; NUMERIC sums / averages exact
    // strings; MIN / MAX of dates ISO strings.
    values: Record<string, number | string | null>;
  }[];
  // More groups exist than `limit`.
  hasMoreGroups: boolean;
};
