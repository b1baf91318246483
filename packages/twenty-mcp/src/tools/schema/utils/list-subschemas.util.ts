import { type JsonSchema } from '../types/json-schema.type';

// The direct subschemas of a schema, `$defs` excluded.
export const listSubschemas = (schema: JsonSchema): JsonSchema[] => [
  ...Object.values(schema.properties ?? {}),
  ...(schema.items ? [schema.items] : []),
  ...(typeof schema.additionalProperties === 'object'
    ? [schema.additionalProperties]
    : []),
  ...(schema.propertyNames ? [schema.propertyNames] : []),
  ...(schema.anyOf ?? []),
  ...(schema.oneOf ?? []),
  ...(schema.allOf ?? []),
  ...(schema.not ? [schema.not] : []),
];
