import { type AggregateQuery } from '../../../../domain/records/types/aggregate-query.type';
import { type StoredAggregateRow } from '../../../../domain/records/types/stored-aggregate-row.type';
import { type DbRow } from '../types/db-row.type';
import { getAggregateAlias } from './get-aggregate-alias.util';

// Rows of buildAggregateQuery → dimension and metric values in query order
// (timestamps as ISO text).
export const decodeAggregateRows = (
  rows: readonly DbRow[],
  { groupBy, metrics }: AggregateQuery,
): StoredAggregateRow[] => {
  const read = (row: DbRow, alias: string) => {
    const value = row[alias];

    return value instanceof Date ? value.toISOString() : (value ?? null);
  };

  return rows.map((row) => ({
    groups: groupBy.map((_, index) =>
      read(row, getAggregateAlias('group', index)),
    ),
    metrics: metrics.map((_, index) =>
      read(row, getAggregateAlias('metric', index)),
    ),
  }));
};
