import { type FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { RECORD_COMPOSITE_SUB_FIELDS } from '../constants/record-composite-sub-fields.const';
import { type JsonSchema } from '../types/json-schema.type';
import { type SchemaMode } from '../types/schema-mode.type';
import { buildSubFieldValueSchema } from './build-sub-field-value-schema.util';

// A composite value: always an object (never null) of exactly the
// record-format sub-fields, each optional. Writes respect
// `maxAdditionalValues` (0 leaves the additional values out).
export const buildCompositeValueSchema = ({
  type,
  mode,
  maxAdditionalValues,
}: {
  type: FieldMetadataType;
  mode: SchemaMode;
  maxAdditionalValues?: number;
}): JsonSchema | null => {
  const subFields = RECORD_COMPOSITE_SUB_FIELDS[type];

  if (!subFields) {
    return null;
  }

  const properties: Record<string, JsonSchema> = {};

  for (const subField of subFields) {
    const schema = buildSubFieldValueSchema({ subField, mode });
    const bound =
      mode === 'input' && subField.isAdditionalValues
        ? maxAdditionalValues
        : undefined;

    if (bound !== 0) {
      properties[subField.name] =
        bound === undefined ? schema : { ...schema, maxItems: bound };
    }
  }

  return { type: 'object', properties, additionalProperties: false };
};
