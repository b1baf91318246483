// What a call does to an object's records, as permissions name it.
export type RecordsOperation =
  'read' | 'create' | 'update' | 'softDelete' | 'destroy' | 'erase';
