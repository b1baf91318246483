import { type OrderBySpec } from '../../../domain/records/types/order-by-spec.type';
import { type SortKey } from '../../../domain/records/types/sort-key.type';

// Sort keys in API terms (field names, not columns).
export const toOrderBySpec = (keys: readonly SortKey[]): OrderBySpec =>
  keys.map(({ leaf, direction }) => ({
    field: leaf.field.name,
    subField: leaf.subField,
    direction,
  }));
