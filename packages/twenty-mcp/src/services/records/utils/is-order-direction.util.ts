import { ORDER_DIRECTIONS } from '../../../domain/records/constants/order-directions.const';
import { type OrderDirection } from '../../../domain/records/types/order-direction.type';

export const isOrderDirection = (value: unknown): value is OrderDirection =>
  (ORDER_DIRECTIONS as readonly unknown[]).includes(value);
