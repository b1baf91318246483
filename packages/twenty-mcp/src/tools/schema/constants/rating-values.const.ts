// RATING option values, lowest first: Twenty's fixed set.
export const RATING_VALUES = [
  'RATING_1',
  'RATING_2',
  'RATING_3',
  'RATING_4',
  'RATING_5',
];
