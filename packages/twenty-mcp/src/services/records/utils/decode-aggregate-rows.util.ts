import { type AggregateQuery } from '../../../domain/records/types/aggregate-query.type';
import { type AggregateResult } from '../../../domain/records/types/aggregate-result.type';
import { type StoredAggregateRow } from '../../../domain/records/types/stored-aggregate-row.type';
import { decodeAggregateValue } from './decode-aggregate-value.util';
import { decodeMetricValue } from './decode-metric-value.util';

// A back-end's groups (limit + 1 at most) → groups keyed by their labels.
export const decodeAggregateRows = (
  rows: readonly StoredAggregateRow[],
  { groupBy, metrics, limit }: AggregateQuery,
): AggregateResult => ({
  groups: rows.slice(0, limit).map((row) => ({
    key: Object.fromEntries(
      groupBy.map(({ leaf, granularity, label }, index) => [
        label,
        // Date buckets are already `YYYY-MM-DD` text or integers.
        decodeAggregateValue(granularity ? null : leaf.kind, row.groups[index]),
      ]),
    ),
    values: Object.fromEntries(
      metrics.map((metric, index) => [
        metric.label,
        decodeMetricValue(metric, row.metrics[index]),
      ]),
    ),
  })),
  hasMoreGroups: groupBy.length > 0 && rows.length > limit,
});
