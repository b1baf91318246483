// Extra columns of the activity-target queries; the `__` prefix keeps them
// apart from any column of a target table.
export const ACTIVITY_TARGET_COLUMN_ALIASES = {
  activityId: '__activityId',
  object: '__object',
  targetId: '__targetId',
  label: '__label',
  linkPosition: '__linkPosition',
  linkCreatedAt: '__linkCreatedAt',
  rowNumber: '__rowNumber',
} as const;
