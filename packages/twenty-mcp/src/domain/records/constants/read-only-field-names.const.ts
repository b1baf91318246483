// Fields the server maintains; writing them is an error, not a no-op.
export const READ_ONLY_FIELD_NAMES: ReadonlySet<string> = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'createdBy',
  'updatedBy',
  'position',
  'searchVector',
]);
