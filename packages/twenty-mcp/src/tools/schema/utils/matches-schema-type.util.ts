import { type JsonSchema } from '../types/json-schema.type';
import { type JsonValue } from '../types/json-value.type';

// Whether a literal value fits a schema's `type` and `enum` (enough to
// check a default before stating it).
export const matchesSchemaType = (
  value: JsonValue,
  schema: JsonSchema,
): boolean => {
  if (schema.enum && !schema.enum.includes(value)) {
    return false;
  }

  const types =
    schema.type === undefined
      ? []
      : Array.isArray(schema.type)
        ? schema.type
        : [schema.type];

  return (
    types.length === 0 ||
    (typeof value === 'string' && types.includes('string')) ||
    (typeof value === 'boolean' && types.includes('boolean')) ||
    (typeof value === 'number' &&
      (types.includes('number') ||
        (types.includes('integer') && Number.isInteger(value))))
  );
};
