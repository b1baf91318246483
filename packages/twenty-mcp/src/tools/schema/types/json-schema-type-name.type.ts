// The instance types of JSON Schema's `type` keyword.
export type JsonSchemaTypeName =
  'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';
