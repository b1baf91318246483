import { type JsonSchema } from '../types/json-schema.type';

// Lets a value schema accept null too (an enum gets null as a value).
export const withNull = (schema: JsonSchema): JsonSchema => {
  if (schema.type === undefined) {
    return schema;
  }

  const types = Array.isArray(schema.type) ? schema.type : [schema.type];

  if (types.includes('null')) {
    return schema;
  }

  return {
    ...schema,
    type: [...types, 'null'],
    ...(schema.enum ? { enum: [...schema.enum, null] } : {}),
  };
};
