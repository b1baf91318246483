import { type PermissionExcess } from '../types/permission-excess.type';
import { type RoleSettingsPermissions } from '../types/role-settings-permissions.type';

// What a role would allow beyond records that its holder's role does not.
// As in Twenty, canUpdateAllSettings stands for every permission flag.
export const listSettingsPermissionExcesses = ({
  granted,
  holder,
}: {
  granted: RoleSettingsPermissions;
  holder: RoleSettingsPermissions;
}): PermissionExcess[] => {
  const rights = [
    ...(granted.canUpdateAllSettings && !holder.canUpdateAllSettings
      ? ['all settings']
      : []),
    ...(granted.canAccessAllTools && !holder.canAccessAllTools
      ? ['all tools']
      : []),
    ...(holder.canUpdateAllSettings
      ? []
      : granted.permissionFlags
          .filter((flag) => !holder.permissionFlags.includes(flag))
          .map((flag) => `permission ${flag}`)),
  ];

  return rights.length > 0 ? [{ objectLabel: null, rights }] : [];
};
