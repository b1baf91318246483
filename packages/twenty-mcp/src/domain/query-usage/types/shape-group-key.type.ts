import { type DateGranularity } from '../../records/types/date-granularity.type';
import { type ShapeField } from './shape-field.type';

export type ShapeGroupKey = ShapeField & {
  granularity: DateGranularity | null;
};
