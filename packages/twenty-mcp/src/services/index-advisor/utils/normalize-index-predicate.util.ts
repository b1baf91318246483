// `("deletedAt" IS NULL)` as pg_get_expr prints it and `"deletedAt" IS
// NULL` as we write it compare equal: no parentheses, single spaces.
export const normalizeIndexPredicate = (predicate: string): string =>
  predicate.replace(/[()]/g, '').replace(/\s+/g, ' ').trim();
