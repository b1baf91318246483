import { RECORD_COMPOSITE_SUB_FIELDS } from '../constants/record-composite-sub-fields.const';
import { SCHEMA_DEF_NAMES } from '../constants/schema-def-names.const';
import { SORTABLE_VALUE_KINDS } from '../constants/sortable-value-kinds.const';
import { type FieldSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { type JsonSchema } from '../types/json-schema.type';
import { defRef } from './def-ref.util';
import { getCompositeDefName } from './get-composite-def-name.util';
import { getFieldValueKind } from './get-field-value-kind.util';

// What one readable field sorts by: a direction, or for composites an
// object naming one sortable sub-field. Null when the field does not sort
// (relations, JSON, arrays, files).
export const buildFieldOrderBySchema = (
  field: FieldSchema,
): JsonSchema | null => {
  if (field.relation) {
    return null;
  }

  const subFields = RECORD_COMPOSITE_SUB_FIELDS[field.type];

  if (subFields) {
    return subFields.some((subField) => SORTABLE_VALUE_KINDS.has(subField.kind))
      ? defRef(getCompositeDefName(field.type, 'OrderBy'))
      : null;
  }

  const kind = getFieldValueKind(field);

  return kind && SORTABLE_VALUE_KINDS.has(kind)
    ? defRef(SCHEMA_DEF_NAMES.orderDirection)
    : null;
};
