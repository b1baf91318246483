// Extra columns of the one-to-many expansion query.
export const EXPANSION_COLUMN_ALIASES = {
  parentId: '__parentId',
  totalCount: '__totalCount',
  rowNumber: '__rowNumber',
} as const;
