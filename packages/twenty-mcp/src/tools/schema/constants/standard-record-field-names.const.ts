// System fields every record shows (read-only), in output order after the
// object's own fields; `id` comes first.
export const STANDARD_RECORD_FIELD_NAMES: readonly string[] = [
  'id',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'createdBy',
  'updatedBy',
];
