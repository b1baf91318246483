import { type FieldSchema } from '../../workspace/types/workspace-schema.type';
import { type ValueKind } from './value-kind.type';

// A filterable / sortable / groupable value: a whole non-composite field,
// or one sub-field of a composite field. A back-end finds where it is
// stored from `field` and `property`.
export type FieldLeaf = {
  field: FieldSchema;
  // API sub-field name (`amount` for a CURRENCY), null for plain fields.
  subField: string | null;
  // Twenty's stored property of a composite field (`amountMicros` for a
  // CURRENCY amount, `markdown` for rich text), null for plain fields and
  // relations.
  property: string | null;
  kind: ValueKind;
  // Option values in option order (SELECT, RATING, MULTI_SELECT).
  options: readonly string[] | null;
  // True for a many-to-one relation's join column (`companyId`).
  isRelation: boolean;
};
