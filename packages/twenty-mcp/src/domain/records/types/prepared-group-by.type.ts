import { type DateGranularity } from './date-granularity.type';
import { type FieldLeaf } from './field-leaf.type';

export type PreparedGroupBy = {
  leaf: FieldLeaf;
  granularity: DateGranularity | null;
  // `stage`, `amount.currencyCode`, `closeDate:MONTH`
  label: string;
};
