import { type JsonSchema } from '../types/json-schema.type';

// A many-to-one relation expanded with `expand`.
export const EXPANDED_RECORD_SCHEMA: JsonSchema = {
  type: ['object', 'null'],
  description: 'With expand: the related record (id, label field, …)',
  properties: { id: { type: 'string', format: 'uuid' } },
  required: ['id'],
};
