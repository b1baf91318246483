import { type FieldLeaf } from '../types/field-leaf.type';

// A plain column metadata declares NOT NULL (Twenty creates it so).
// Composite sub-columns are treated as nullable whatever the field says.
export const isNonNullableLeaf = (leaf: FieldLeaf): boolean =>
  leaf.subField === null && !leaf.isRelation && !leaf.field.isNullable;
