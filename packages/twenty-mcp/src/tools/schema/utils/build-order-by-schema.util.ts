import { type JsonSchema } from '../types/json-schema.type';
import { type ObjectView } from '../types/object-view.type';
import { buildFieldOrderBySchema } from './build-field-order-by-schema.util';
import { buildSharedOrderByDefs } from './build-shared-order-by-defs.util';
import { listReadableFields } from './list-readable-fields.util';
import { pickReferencedDefs } from './pick-referenced-defs.util';

// `orderBy`: an array of single-key objects, `{ <field>: <direction> }` or
// `{ <composite>: { <sub-field>: <direction> } }`, over the sortable
// readable fields. Embedded in a tool schema, its `$defs` must move to the
// tool root (hoistSchemaDefs).
export const buildOrderBySchema = ({
  object,
  access,
}: ObjectView): JsonSchema => {
  const properties: Record<string, JsonSchema> = {};

  for (const field of listReadableFields({ object, access })) {
    const schema = buildFieldOrderBySchema(field);

    if (schema) {
      properties[field.name] = schema;
    }
  }

  const orderBy: JsonSchema = {
    type: 'array',
    items: {
      type: 'object',
      properties,
      minProperties: 1,
      maxProperties: 1,
      additionalProperties: false,
    },
  };

  return structuredClone({
    ...orderBy,
    $defs: pickReferencedDefs({
      schema: orderBy,
      defs: buildSharedOrderByDefs(),
    }),
  });
};
