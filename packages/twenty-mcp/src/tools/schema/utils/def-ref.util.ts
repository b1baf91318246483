import { type JsonSchema } from '../types/json-schema.type';

// A reference to a `$defs` entry of the same document.
export const defRef = (name: string): JsonSchema => ({
  $ref: `#/$defs/${name}`,
});
