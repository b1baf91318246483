// A row as the pg driver returns it.
export type DbRow = Record<string, unknown>;
