// JSON Schema (2020-12) documents as plain objects.
export type JsonSchema = Record<string, unknown>;
