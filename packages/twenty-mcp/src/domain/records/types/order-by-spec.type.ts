import { type OrderDirection } from './order-direction.type';

// The validated ordering, `id` last.
export type OrderBySpec = {
  field: string;
  subField: string | null;
  direction: OrderDirection;
}[];
