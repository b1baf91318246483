// Any value JSON can carry.
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
