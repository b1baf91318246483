import { type FieldSchema } from '../types/workspace-schema.type';
import { type QueryTarget } from '../../records/types/query-target.type';
import { getFieldApiKey } from './get-field-api-key.util';
import { isReadableField } from './is-readable-field.util';

// API keys of readable fields matching `predicate`, for error messages:
// they name only what the caller may use.
export const listReadableFieldKeys = (
  { object, access }: QueryTarget,
  predicate: (field: FieldSchema) => boolean = () => true,
): string[] =>
  object.fields
    .filter((field) => isReadableField(field, access) && predicate(field))
    .map(getFieldApiKey);
