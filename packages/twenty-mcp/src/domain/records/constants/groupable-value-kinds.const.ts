import { type ValueKind } from '../types/value-kind.type';

// Kinds an aggregate may group by: discrete values and date buckets.
export const GROUPABLE_VALUE_KINDS: ReadonlySet<ValueKind> = new Set<ValueKind>(
  [
    'TEXT',
    'UUID',
    'NUMBER',
    'NUMERIC',
    'BOOLEAN',
    'SELECT',
    'RATING',
    'DATE',
    'DATE_TIME',
  ],
);
