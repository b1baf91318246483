import { type FieldSchema } from '../types/workspace-schema.type';

// RELATION or MORPH_RELATION owning a join column.
export const isManyToOneField = (
  field: FieldSchema,
): field is FieldSchema & {
  relation: NonNullable<FieldSchema['relation']> & { joinColumnName: string };
} =>
  field.relation?.direction === 'MANY_TO_ONE' &&
  field.relation.joinColumnName !== null;
