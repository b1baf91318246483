import { type FieldSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { getWriteBlockReason } from './get-write-block-reason.util';

// Non-nullable, no default, and something the API can set.
export const isRequiredOnCreate = (field: FieldSchema): boolean =>
  !field.isNullable &&
  (field.defaultValue === null || field.defaultValue === undefined) &&
  getWriteBlockReason(field) === null &&
  field.relation?.direction !== 'ONE_TO_MANY';
