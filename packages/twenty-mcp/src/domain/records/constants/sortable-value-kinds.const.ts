import { type ValueKind } from '../types/value-kind.type';

// The "ordered" and "text" groups plus SELECT, BOOLEAN and UUID; never JSON
// or arrays (relations are excluded separately).
export const SORTABLE_VALUE_KINDS: ReadonlySet<ValueKind> = new Set<ValueKind>([
  'TEXT',
  'NUMBER',
  'NUMERIC',
  'DATE',
  'DATE_TIME',
  'RATING',
  'CURRENCY_AMOUNT',
  'SELECT',
  'BOOLEAN',
  'UUID',
]);
