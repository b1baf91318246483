import { type FilterOperator } from '../types/filter-operator.type';
import { type ValueKind } from '../types/value-kind.type';

const TEXT: readonly FilterOperator[] = [
  'eq',
  'neq',
  'in',
  'like',
  'ilike',
  'startsWith',
  'endsWith',
  'is',
];
const ORDERED: readonly FilterOperator[] = [
  'eq',
  'neq',
  'in',
  'gt',
  'gte',
  'lt',
  'lte',
  'is',
];
const EQUALITY: readonly FilterOperator[] = ['eq', 'neq', 'in', 'is'];

// Operators per value kind, as record-format.md lists them.
export const OPERATORS_BY_VALUE_KIND: Readonly<
  Record<ValueKind, readonly FilterOperator[]>
> = {
  TEXT,
  NUMBER: ORDERED,
  NUMERIC: ORDERED,
  DATE: ORDERED,
  DATE_TIME: ORDERED,
  RATING: ORDERED,
  CURRENCY_AMOUNT: ORDERED,
  UUID: EQUALITY,
  SELECT: EQUALITY,
  BOOLEAN: EQUALITY,
  MULTI_SELECT: ['containsAny', 'isEmptyArray', 'is'],
  ARRAY: ['containsAny', 'containsIlike', 'isEmptyArray', 'is'],
  JSON: ['is'],
};
