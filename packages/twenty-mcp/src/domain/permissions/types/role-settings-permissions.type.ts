// What a Twenty role may do beyond records: core.role's canUpdateAllSettings
// (every settings permission flag) and canAccessAllTools, and the keys of
// the permission flags it holds (core.rolePermissionFlag → core.permissionFlag).
export type RoleSettingsPermissions = {
  canUpdateAllSettings: boolean;
  canAccessAllTools: boolean;
  permissionFlags: readonly string[];
};
