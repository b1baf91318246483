import { type JsonSchema } from '../types/json-schema.type';

const mapRecord = (
  record: Record<string, JsonSchema>,
  map: (schema: JsonSchema) => JsonSchema,
): Record<string, JsonSchema> =>
  Object.fromEntries(
    Object.entries(record).map(([key, schema]) => [key, map(schema)]),
  );

// A copy of a schema with `map` applied to each direct subschema ($defs
// excepted), the counterpart of listSubschemas.
export const mapSubschemas = (
  schema: JsonSchema,
  map: (schema: JsonSchema) => JsonSchema,
): JsonSchema => ({
  ...schema,
  ...(schema.properties
    ? { properties: mapRecord(schema.properties, map) }
    : {}),
  ...(schema.items ? { items: map(schema.items) } : {}),
  ...(typeof schema.additionalProperties === 'object'
    ? { additionalProperties: map(schema.additionalProperties) }
    : {}),
  ...(schema.propertyNames ? { propertyNames: map(schema.propertyNames) } : {}),
  ...(schema.anyOf ? { anyOf: schema.anyOf.map(map) } : {}),
  ...(schema.oneOf ? { oneOf: schema.oneOf.map(map) } : {}),
  ...(schema.allOf ? { allOf: schema.allOf.map(map) } : {}),
  ...(schema.not ? { not: map(schema.not) } : {}),
});
