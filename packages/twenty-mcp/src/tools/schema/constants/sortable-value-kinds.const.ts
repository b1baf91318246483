import { type ValueKind } from '../types/value-kind.type';

// Kinds `orderBy` accepts: the ordered and text groups, SELECT, BOOLEAN,
// UUID; not JSON or arrays.
export const SORTABLE_VALUE_KINDS: ReadonlySet<ValueKind> = new Set<ValueKind>([
  'text',
  'integer',
  'number',
  'numeric',
  'date',
  'dateTime',
  'rating',
  'uuid',
  'select',
  'boolean',
]);
