export type RelationOnDeleteAction =
  'CASCADE' | 'SET_NULL' | 'RESTRICT' | 'NO_ACTION';
