import { type JsonSchema } from '../types/json-schema.type';

// Adds a description when there is one.
export const withDescription = (
  schema: JsonSchema,
  description: string | undefined,
): JsonSchema => (description ? { ...schema, description } : schema);
