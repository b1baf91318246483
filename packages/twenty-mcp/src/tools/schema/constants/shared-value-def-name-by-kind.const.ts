import { type ValueKind } from '../types/value-kind.type';

// Operand values long enough that a filter refers to one `$defs` entry
// rather than repeating them for every operator.
export const SHARED_VALUE_DEF_NAME_BY_KIND: Partial<Record<ValueKind, string>> =
  {
    rating: 'Rating',
    numeric: 'Numeric',
  };
