// What an admin lets AI clients do with one object, whatever the role
// would allow.
export type ObjectExposure = {
  canRead: boolean;
  canCreate: boolean;
  canUpdate: boolean;
  canDelete: boolean;
  hiddenFieldIds: ReadonlySet<string>;
};
