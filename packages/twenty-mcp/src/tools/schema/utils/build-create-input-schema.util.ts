import { ACTIVITY_TARGETS_KEY } from '../../../domain/records/constants/activity-targets-key.const';
import { type JsonSchema } from '../types/json-schema.type';
import { type ObjectView } from '../types/object-view.type';
import { buildActivityTargetsInputSchema } from './build-activity-targets-input-schema.util';
import { buildWriteFieldSchema } from './build-write-field-schema.util';
import { hasFieldDefaultValue } from './has-field-default-value.util';
import { listWritableFields } from './list-writable-fields.util';
import { matchesSchemaType } from './matches-schema-type.util';
import { parseLiteralDefaultValue } from './parse-literal-default-value.util';

// One record to create, as one caller may write it: writable fields only,
// unknown keys rejected, non-nullable fields without a default required.
// Literal defaults are stated with `default` (a create without the field
// gets that value). Notes and tasks also take their `targets`.
export const buildCreateInputSchema = (view: ObjectView): JsonSchema => {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];

  for (const field of listWritableFields(view)) {
    const entry = buildWriteFieldSchema(field);

    if (!entry) {
      continue;
    }

    const literalDefault = parseLiteralDefaultValue(field.defaultValue);
    const isValidDefault =
      literalDefault !== undefined &&
      matchesSchemaType(literalDefault, entry.schema);

    properties[entry.key] = isValidDefault
      ? { ...entry.schema, default: literalDefault }
      : entry.schema;

    if (!field.isNullable && !hasFieldDefaultValue(field)) {
      required.push(entry.key);
    }
  }

  const targets = buildActivityTargetsInputSchema(view);

  if (targets) {
    properties[ACTIVITY_TARGETS_KEY] = targets;
  }

  return structuredClone({
    type: 'object',
    properties,
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: false,
  });
};
