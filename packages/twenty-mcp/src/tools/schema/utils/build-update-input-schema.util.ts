import { ACTIVITY_TARGETS_KEY } from '../../../domain/records/constants/activity-targets-key.const';
import { type JsonSchema } from '../types/json-schema.type';
import { type ObjectView } from '../types/object-view.type';
import { buildActivityTargetsInputSchema } from './build-activity-targets-input-schema.util';
import { buildWriteFieldSchema } from './build-write-field-schema.util';
import { listWritableFields } from './list-writable-fields.util';

// One record to update: its `id` plus any writable fields to change.
// Composite values are merged per sub-field, so every sub-field is
// optional too. Notes and tasks also take their `targets`.
export const buildUpdateInputSchema = (view: ObjectView): JsonSchema => {
  const properties: Record<string, JsonSchema> = {
    id: { type: 'string', format: 'uuid' },
  };

  for (const field of listWritableFields(view)) {
    const entry = buildWriteFieldSchema(field);

    if (entry) {
      properties[entry.key] = entry.schema;
    }
  }

  const targets = buildActivityTargetsInputSchema(view);

  if (targets) {
    properties[ACTIVITY_TARGETS_KEY] = targets;
  }

  return structuredClone({
    type: 'object',
    properties,
    required: ['id'],
    additionalProperties: false,
  });
};
