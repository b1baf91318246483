import { type AggregateOperation } from '../../../domain/records/types/aggregate-operation.type';
import { type LeafUsage } from '../types/leaf-usage.type';
import { type ValueKind } from '../../../domain/records/types/value-kind.type';

const kinds = (verb: string, allowed: ValueKind[]): LeafUsage => ({
  verb,
  isUsable: (leaf) => allowed.includes(leaf.kind) && !leaf.isRelation,
});
const SUMMABLE = kinds('sum or average', [
  'NUMBER',
  'NUMERIC',
  'CURRENCY_AMOUNT',
]);
const COMPARABLE = kinds('take the minimum or maximum of', [
  'NUMBER',
  'NUMERIC',
  'CURRENCY_AMOUNT',
  'DATE',
  'DATE_TIME',
]);
const ANY_VALUE: LeafUsage = { verb: 'count values of', isUsable: () => true };

// Which leaves each metric accepts (COUNT takes no field).
export const METRIC_USAGES: Record<
  Exclude<AggregateOperation, 'COUNT'>,
  LeafUsage
> = {
  SUM: SUMMABLE,
  AVG: SUMMABLE,
  MIN: COMPARABLE,
  MAX: COMPARABLE,
  COUNT_UNIQUE: {
    verb: 'count distinct values of',
    isUsable: (leaf) => leaf.kind !== 'JSON',
  },
  COUNT_EMPTY: ANY_VALUE,
  COUNT_NOT_EMPTY: ANY_VALUE,
  PERCENTAGE_EMPTY: ANY_VALUE,
  PERCENTAGE_NOT_EMPTY: ANY_VALUE,
  COUNT_TRUE: kinds('count true / false of', ['BOOLEAN']),
  COUNT_FALSE: kinds('count true / false of', ['BOOLEAN']),
};
