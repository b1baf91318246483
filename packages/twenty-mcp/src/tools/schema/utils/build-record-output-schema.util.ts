import { ACTIVITY_TARGETS_KEY } from '../../../domain/records/constants/activity-targets-key.const';
import { SCHEMA_DEF_NAMES } from '../constants/schema-def-names.const';
import { type JsonSchema } from '../types/json-schema.type';
import { type ObjectView } from '../types/object-view.type';
import { buildOutputFieldSchemas } from './build-output-field-schemas.util';
import { buildSharedOutputDefs } from './build-shared-output-defs.util';
import { defRef } from './def-ref.util';
import { getActivityTargetsView } from './get-activity-targets-view.util';
import { listReadableFields } from './list-readable-fields.util';
import { pickReferencedDefs } from './pick-referenced-defs.util';

// A record as returned to one caller (docs/record-format.md, "Read"): only
// readable fields, composites nested, many-to-one relations as `<field>Id`
// plus the expanded `<field>`, one-to-many relations (and the `targets` of
// notes and tasks) only expanded; composite shapes and expansions are
// `$defs` entries. Only `id` is required, because `fields` may select any
// subset; unknown keys are rejected so a leaked field fails validation.
export const buildRecordOutputSchema = (view: ObjectView): JsonSchema => {
  const properties: Record<string, JsonSchema> = {};

  for (const field of listReadableFields(view)) {
    Object.assign(
      properties,
      buildOutputFieldSchemas({
        field,
        readableObjectNames: view.readableObjectNames,
      }),
    );
  }

  if (getActivityTargetsView(view)) {
    properties[ACTIVITY_TARGETS_KEY] = defRef(SCHEMA_DEF_NAMES.expandedTargets);
  }

  const record: JsonSchema = {
    type: 'object',
    properties,
    required: ['id'],
    additionalProperties: false,
  };
  const defs = pickReferencedDefs({
    schema: record,
    defs: buildSharedOutputDefs(),
  });

  return structuredClone(
    Object.keys(defs).length > 0 ? { ...record, $defs: defs } : record,
  );
};
