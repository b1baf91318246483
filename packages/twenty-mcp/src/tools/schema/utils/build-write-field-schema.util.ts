import { type FieldSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { type JsonSchema } from '../types/json-schema.type';
import { buildFieldValueSchema } from './build-field-value-schema.util';
import { buildJoinColumnSchema } from './build-join-column-schema.util';
import { getJoinColumnKey } from './get-join-column-key.util';

// The input key and value schema of one writable field: many-to-one
// relations are written through `<field>Id`.
export const buildWriteFieldSchema = (
  field: FieldSchema,
): { key: string; schema: JsonSchema } | null => {
  if (field.relation?.direction === 'MANY_TO_ONE') {
    return {
      key: getJoinColumnKey(field),
      schema: buildJoinColumnSchema(field),
    };
  }

  const schema = field.relation
    ? null
    : buildFieldValueSchema({ field, mode: 'input' });

  return schema ? { key: field.name, schema } : null;
};
