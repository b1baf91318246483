// Record ids as a set: lower case, each once, sorted. [B, a] and [A, b, a]
// name the same records, so they make the same operation.
export const canonicalIds = (ids: readonly string[]): string[] =>
  [...new Set(ids.map((id) => id.toLowerCase()))].sort();
