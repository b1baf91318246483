// pg_constraint.confdeltype codes, named as in fieldMetadata settings.onDelete.
export const ON_DELETE_ACTION_BY_PG_CODE: Readonly<Record<string, string>> = {
  a: 'NO_ACTION',
  r: 'RESTRICT',
  c: 'CASCADE',
  n: 'SET_NULL',
  d: 'SET_DEFAULT',
};
