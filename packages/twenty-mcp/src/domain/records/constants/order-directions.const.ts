export const ORDER_DIRECTIONS = [
  'AscNullsFirst',
  'AscNullsLast',
  'DescNullsFirst',
  'DescNullsLast',
] as const;
