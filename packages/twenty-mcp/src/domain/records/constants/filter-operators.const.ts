// Every operator of Twenty's filter grammar this layer understands.
export const FILTER_OPERATORS = [
  'eq',
  'neq',
  'in',
  'gt',
  'gte',
  'lt',
  'lte',
  'like',
  'ilike',
  'startsWith',
  'endsWith',
  'is',
  'containsAny',
  'containsIlike',
  'isEmptyArray',
] as const;
