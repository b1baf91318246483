// Operators per group of types (docs/record-format.md, "Filters").
export const FILTER_OPERATORS = {
  text: ['eq', 'neq', 'in', 'like', 'ilike', 'startsWith', 'endsWith', 'is'],
  ordered: ['eq', 'neq', 'in', 'gt', 'gte', 'lt', 'lte', 'is'],
  equality: ['eq', 'neq', 'in', 'is'],
  multiSelect: ['containsAny', 'isEmptyArray', 'is'],
  array: ['containsAny', 'containsIlike', 'isEmptyArray', 'is'],
  json: ['is'],
} as const;
