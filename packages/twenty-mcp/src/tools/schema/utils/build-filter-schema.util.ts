import { QUERY_LIMITS } from '../../../domain/records/constants/query-limits.const';
import { ACTIVITY_TARGETS_KEY } from '../../../domain/records/constants/activity-targets-key.const';
import { type JsonSchema } from '../types/json-schema.type';
import { type ObjectView } from '../types/object-view.type';
import { buildActivityTargetsFilterSchema } from './build-activity-targets-filter-schema.util';
import { buildFieldFilterSchema } from './build-field-filter-schema.util';
import { buildSharedFilterDefs } from './build-shared-filter-defs.util';
import { defRef } from './def-ref.util';
import { listReadableFields } from './list-readable-fields.util';
import { pickReferencedDefs } from './pick-referenced-defs.util';

// The filter grammar of docs/record-format.md for one caller: per readable
// field an object of the operators its type allows, with typed operands,
// plus `and` / `or` / `not` recursing through `$defs.<object>Filter`, and
// `targets` on notes and tasks.
// Operator sets shared by many fields live once in `$defs`. Embedded in a
// tool schema, its `$defs` must move to the tool root (hoistSchemaDefs).
export const buildFilterSchema = (view: ObjectView): JsonSchema => {
  const { object, access } = view;
  const filterDefName = `${object.nameSingular}Filter`;
  const properties: Record<string, JsonSchema> = {};
  let fieldDefs: Record<string, JsonSchema> = {};

  for (const field of listReadableFields({ object, access })) {
    const entry = buildFieldFilterSchema({
      field,
      objectName: object.nameSingular,
    });

    if (entry) {
      properties[entry.key] = entry.schema;
      fieldDefs = { ...fieldDefs, ...entry.defs };
    }
  }

  const targets = buildActivityTargetsFilterSchema(view);

  if (targets) {
    properties[ACTIVITY_TARGETS_KEY] = targets.schema;
    fieldDefs = { ...fieldDefs, ...targets.defs };
  }

  const filter: JsonSchema = {
    type: 'object',
    description: `Field conditions, ANDed; combine with and/or/not. At most ${QUERY_LIMITS.maxFilterConditions} conditions, depth ${QUERY_LIMITS.maxFilterDepth}`,
    properties: {
      ...properties,
      and: { type: 'array', items: defRef(filterDefName) },
      or: { type: 'array', items: defRef(filterDefName) },
      not: defRef(filterDefName),
    },
    additionalProperties: false,
  };

  return structuredClone({
    type: 'object',
    $ref: `#/$defs/${filterDefName}`,
    $defs: {
      [filterDefName]: filter,
      ...fieldDefs,
      ...pickReferencedDefs({ schema: filter, defs: buildSharedFilterDefs() }),
    },
  });
};
