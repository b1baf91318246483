import { type ObjectAccess } from '../../permissions/types/object-access.type';
import { type FieldSchema } from '../types/workspace-schema.type';
import { isHiddenField } from './is-hidden-field.util';

// Readable by this caller and ever shown in the API.
export const isReadableField = (
  field: FieldSchema,
  access: ObjectAccess,
): boolean =>
  access.readableFieldNames.has(field.name) && !isHiddenField(field);
