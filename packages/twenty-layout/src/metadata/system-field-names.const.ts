// Fields Twenty gives every workspace object (its "system fields"), in
// Twenty's order.
export const SYSTEM_FIELD_NAMES = [
  'id',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'createdBy',
  'updatedBy',
  'position',
  'searchVector',
] as const;

export type SystemFieldName = (typeof SYSTEM_FIELD_NAMES)[number];
