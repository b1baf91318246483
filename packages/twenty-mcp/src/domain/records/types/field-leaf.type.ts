import { type FieldSchema } from '../../workspace/types/workspace-schema.type';
import { type ColumnDescriptor } from './column-descriptor.type';

// A filterable / sortable / groupable value: a whole non-composite field,
// or one sub-field of a composite field.
export type FieldLeaf = ColumnDescriptor & {
  field: FieldSchema;
  // API sub-field name (`amount` for a CURRENCY), null for plain fields.
  subField: string | null;
  // Option values in option order (SELECT, RATING, MULTI_SELECT).
  options: readonly string[] | null;
  // True for many-to-one join columns (`companyId`).
  isRelation: boolean;
};
