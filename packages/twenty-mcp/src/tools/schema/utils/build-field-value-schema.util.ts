import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { type FieldSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { FILES_OUTPUT_SCHEMA } from '../constants/files-output-schema.const';
import { type JsonSchema } from '../types/json-schema.type';
import { type SchemaMode } from '../types/schema-mode.type';
import { buildCompositeValueSchema } from './build-composite-value-schema.util';
import { buildFieldDescription } from './build-field-description.util';
import { buildKindValueSchema } from './build-kind-value-schema.util';
import { getFieldOptionValues } from './get-field-option-values.util';
import { getFieldValueKind } from './get-field-value-kind.util';
import { getMaxAdditionalValues } from './get-max-additional-values.util';
import { withDescription } from './with-description.util';
import { withNull } from './with-null.util';

const buildBaseSchema = (
  field: FieldSchema,
  mode: SchemaMode,
): JsonSchema | null => {
  const kind = getFieldValueKind(field);

  if (kind) {
    const schema = buildKindValueSchema({
      kind,
      options: getFieldOptionValues(field),
      mode,
    });

    return field.isNullable ? withNull(schema) : schema;
  }

  if (field.type === FieldMetadataType.FILES) {
    return mode === 'output'
      ? field.isNullable
        ? withNull(FILES_OUTPUT_SCHEMA)
        : FILES_OUTPUT_SCHEMA
      : null;
  }

  return buildCompositeValueSchema({
    type: field.type,
    mode,
    maxAdditionalValues: getMaxAdditionalValues(field.settings),
  });
};

// The value of a non-relation field, described from metadata; null when
// the field has no value on this side (files on input).
export const buildFieldValueSchema = ({
  field,
  mode,
}: {
  field: FieldSchema;
  mode: SchemaMode;
}): JsonSchema | null => {
  const schema = buildBaseSchema(field, mode);

  return schema ? withDescription(schema, buildFieldDescription(field)) : null;
};
