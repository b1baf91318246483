import { type ORDER_DIRECTIONS } from '../constants/order-directions.const';

export type OrderDirection = (typeof ORDER_DIRECTIONS)[number];
