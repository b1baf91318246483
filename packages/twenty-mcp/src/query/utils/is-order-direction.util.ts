import { ORDER_DIRECTIONS } from '../constants/order-directions.const';
import { type OrderDirection } from '../types/order-direction.type';

export const isOrderDirection = (value: unknown): value is OrderDirection =>
  (ORDER_DIRECTIONS as readonly unknown[]).includes(value);
