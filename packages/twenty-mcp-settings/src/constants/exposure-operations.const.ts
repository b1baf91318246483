// The grid's columns, in order.
export const EXPOSURE_OPERATIONS = [
  { key: 'canRead', label: 'Read' },
  { key: 'canCreate', label: 'Create' },
  { key: 'canUpdate', label: 'Update' },
  { key: 'canDelete', label: 'Delete' },
] as const;
