import { type AggregateResult } from '../../../../domain/records/types/aggregate-result.type';
import { type DbRow } from '../../../../domain/records/types/db-row.type';
import { type PreparedAggregate } from '../../../../domain/records/types/prepared-aggregate.type';
import { decodeAggregateValue } from './decode-aggregate-value.util';
import { decodeMetricValue } from './decode-metric-value.util';
import { getAggregateAlias } from './get-aggregate-alias.util';

// Rows of buildAggregateQuery → groups keyed by their labels.
export const decodeAggregateRows = (
  rows: readonly DbRow[],
  { groupBy, metrics, limit }: PreparedAggregate,
): AggregateResult => ({
  groups: rows.slice(0, limit).map((row) => ({
    key: Object.fromEntries(
      groupBy.map(({ leaf, granularity, label }, index) => [
        label,
        // Date buckets are already `YYYY-MM-DD` text or integers.
        decodeAggregateValue(
          granularity ? null : leaf.kind,
          row[getAggregateAlias('group', index)],
        ),
      ]),
    ),
    values: Object.fromEntries(
      metrics.map((metric, index) => [
        metric.label,
        decodeMetricValue(metric, row[getAggregateAlias('metric', index)]),
      ]),
    ),
  })),
  hasMoreGroups: groupBy.length > 0 && rows.length > limit,
});
