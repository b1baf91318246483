import { type FieldSchema } from '../types/workspace-schema.type';
import { type QueryTarget } from '../../records/types/query-target.type';
import { getFieldApiKey } from './get-field-api-key.util';
import { isReadableField } from './is-readable-field.util';

// The readable field an API key names, or undefined — a field the caller
// may not read is indistinguishable from one that does not exist.
export const findReadableField = (
  { object, access }: QueryTarget,
  key: string,
): FieldSchema | undefined =>
  object.fields.find(
    (field) => isReadableField(field, access) && getFieldApiKey(field) === key,
  );
