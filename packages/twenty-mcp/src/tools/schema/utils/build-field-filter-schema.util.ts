import { RECORD_COMPOSITE_SUB_FIELDS } from '../constants/record-composite-sub-fields.const';
import { type FieldSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { type JsonSchema } from '../types/json-schema.type';
import { buildValueFilterSchema } from './build-value-filter-schema.util';
import { defRef } from './def-ref.util';
import { getCompositeDefName } from './get-composite-def-name.util';
import { getFieldOptionValues } from './get-field-option-values.util';
import { getFieldValueKind } from './get-field-value-kind.util';
import { getJoinColumnKey } from './get-join-column-key.util';

// The filter key and operator schema of one readable field, with the
// field's own defs (its option enum, as "<object>_<field>"): many-to-one
// relations by their `<field>Id` join column, composites through their
// shared def. Null for what cannot be filtered (one-to-many relations,
// files).
export const buildFieldFilterSchema = ({
  field,
  objectName,
}: {
  field: FieldSchema;
  objectName: string;
}): {
  key: string;
  schema: JsonSchema;
  defs: Record<string, JsonSchema>;
} | null => {
  if (field.relation) {
    return field.relation.direction === 'MANY_TO_ONE'
      ? {
          key: getJoinColumnKey(field),
          ...buildValueFilterSchema({ kind: 'uuid' }),
        }
      : null;
  }

  if (RECORD_COMPOSITE_SUB_FIELDS[field.type]) {
    return {
      key: field.name,
      schema: defRef(getCompositeDefName(field.type, 'Filter')),
      defs: {},
    };
  }

  const kind = getFieldValueKind(field);

  return kind
    ? {
        key: field.name,
        ...buildValueFilterSchema({
          kind,
          options: getFieldOptionValues(field),
          valueDefName: `${objectName}_${field.name}`,
        }),
      }
    : null;
};
