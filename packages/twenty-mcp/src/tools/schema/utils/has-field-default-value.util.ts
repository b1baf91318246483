import { type FieldSchema } from '../../../domain/workspace/types/workspace-schema.type';

// Whether the database fills the field when a create leaves it out.
export const hasFieldDefaultValue = (field: FieldSchema): boolean =>
  field.defaultValue !== null && field.defaultValue !== undefined;
