// A Twenty role as core.role, core."objectPermission" and
// core."fieldPermission" describe it: role-wide defaults, per-object
// overrides (null = inherit), per-field restrictions (only ever false).
export type RolePermissions = {
  roleId: string;
  label: string;
  canReadAllObjectRecords: boolean;
  canUpdateAllObjectRecords: boolean;
  canSoftDeleteAllObjectRecords: boolean;
  canDestroyAllObjectRecords: boolean;
  objectOverrides: Record<
    string,
    {
      canReadObjectRecords: boolean | null;
      canUpdateObjectRecords: boolean | null;
      canSoftDeleteObjectRecords: boolean | null;
      canDestroyObjectRecords: boolean | null;
    }
  >;
  // keyed by field metadata id
  fieldRestrictions: Record<
    string,
    { canReadFieldValue: boolean | null; canUpdateFieldValue: boolean | null }
  >;
};
