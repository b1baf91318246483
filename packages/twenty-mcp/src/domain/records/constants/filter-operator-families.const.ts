// Filter operators by value family (docs/record-format.md). The query layer
// accepts exactly these; schemas and describe_object advertise exactly these.
export const FILTER_OPERATORS = {
  text: ['eq', 'neq', 'in', 'like', 'ilike', 'startsWith', 'endsWith', 'is'],
  ordered: ['eq', 'neq', 'in', 'gt', 'gte', 'lt', 'lte', 'is'],
  equality: ['eq', 'neq', 'in', 'is'],
  multiSelect: ['containsAny', 'isEmptyArray', 'is'],
  array: ['containsAny', 'containsIlike', 'isEmptyArray', 'is'],
  json: ['is'],
} as const;

export type FilterOperatorFamily = keyof typeof FILTER_OPERATORS;
