import { type AggregateValue } from '../../../domain/records/types/aggregate-value.type';
import { type ValueKind } from '../../../domain/records/types/value-kind.type';

// A dimension value in API terms (null kind: already final).
export const decodeAggregateValue = (
  kind: ValueKind | null,
  value: unknown,
): AggregateValue => {
  if (value === null || value === undefined) {
    return null;
  }

  switch (kind) {
    case 'NUMBER':
      return Number(value);
    case 'BOOLEAN':
      return Boolean(value);
    default:
      // NUMERIC stays exact text; buckets are text or integers already.
      return typeof value === 'number' ? value : String(value);
  }
};
