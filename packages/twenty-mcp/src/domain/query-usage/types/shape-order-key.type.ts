import { type OrderDirection } from '../../records/types/order-direction.type';
import { type ShapeField } from './shape-field.type';

export type ShapeOrderKey = ShapeField & { direction: OrderDirection };
