import { type JsonValue } from '../types/json-value.type';

// A field default as a literal JSON value: Twenty stores string defaults
// SQL-quoted ("'NEW'"); "now", "uuid" and composite defaults are computed
// or partial, so they have no literal (undefined).
export const parseLiteralDefaultValue = (
  defaultValue: unknown,
): JsonValue | undefined => {
  if (typeof defaultValue === 'boolean' || typeof defaultValue === 'number') {
    return defaultValue;
  }

  if (typeof defaultValue === 'string') {
    const quoted = /^'(.*)'$/s.exec(defaultValue);

    return quoted ? quoted[1].replace(/''/g, "'") : undefined;
  }

  return undefined;
};
