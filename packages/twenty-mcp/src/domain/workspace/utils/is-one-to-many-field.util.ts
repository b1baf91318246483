import { type FieldSchema } from '../types/workspace-schema.type';

export const isOneToManyField = (field: FieldSchema): boolean =>
  field.relation?.direction === 'ONE_TO_MANY';
