// What Twenty's filter engine counts as "not empty" for text and list
// values: a non-empty string or a non-empty list (null, '', [] and every
// other value are empty).
export const isNonEmptyTextOrArray = (value: unknown): boolean =>
  (typeof value === 'string' && value !== '') ||
  (Array.isArray(value) && value.length > 0);
