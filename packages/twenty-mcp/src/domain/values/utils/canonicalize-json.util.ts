// A value as canonical JSON: object keys sorted (by UTF-16 code units, as
// RFC 8785), no whitespace, undefined members left out, numbers and strings
// as ECMAScript serialises them. Equal values give equal text, whatever the
// key order they arrived in (jsonb reorders keys, clients do too).
export const canonicalizeJson = (value: unknown): string => {
  if (value === null || typeof value !== 'object') {
    return JSON.stringify(value) ?? 'null';
  }

  if (value instanceof Date) {
    return JSON.stringify(value.toISOString());
  }

  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalizeJson(item))).join(',')}]`;
  }

  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined && typeof item !== 'function')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalizeJson(item)}`).join(',')}}`;
};
