// Twenty's OrderByDirection values.
export const ORDER_BY_DIRECTIONS = [
  'AscNullsFirst',
  'AscNullsLast',
  'DescNullsFirst',
  'DescNullsLast',
];
