import { FILTER_OPERATORS } from './filter-operator-families.const';
import { type FilterOperator } from '../types/filter-operator.type';
import { type ValueKind } from '../types/value-kind.type';

// Operators per value kind: the families record-format.md lists, which the
// tool schemas advertise too.
export const OPERATORS_BY_VALUE_KIND: Readonly<
  Record<ValueKind, readonly FilterOperator[]>
> = {
  TEXT: FILTER_OPERATORS.text,
  NUMBER: FILTER_OPERATORS.ordered,
  NUMERIC: FILTER_OPERATORS.ordered,
  DATE: FILTER_OPERATORS.ordered,
  DATE_TIME: FILTER_OPERATORS.ordered,
  RATING: FILTER_OPERATORS.ordered,
  CURRENCY_AMOUNT: FILTER_OPERATORS.ordered,
  UUID: FILTER_OPERATORS.equality,
  SELECT: FILTER_OPERATORS.equality,
  BOOLEAN: FILTER_OPERATORS.equality,
  MULTI_SELECT: FILTER_OPERATORS.multiSelect,
  ARRAY: FILTER_OPERATORS.array,
  JSON: FILTER_OPERATORS.json,
};
