import { type FieldLeaf } from './field-leaf.type';
import { type OrderDirection } from './order-direction.type';

// One resolved ORDER BY key.
export type SortKey = {
  leaf: FieldLeaf;
  direction: OrderDirection;
};
