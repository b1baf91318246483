import { listSettingsPermissionExcesses } from '../list-settings-permission-excesses.util';

describe('listSettingsPermissionExcesses', () => {
  const none = {
    canUpdateAllSettings: false,
    canAccessAllTools: false,
    permissionFlags: [],
  };
  const developer = { ...none, permissionFlags: ['API_KEYS_AND_WEBHOOKS'] };
  const admin = {
    ...none,
    canUpdateAllSettings: true,
    canAccessAllTools: true,
  };

  it('should name settings, tools and flags the holder lacks', () => {
    expect(
      listSettingsPermissionExcesses({
        granted: { ...admin, permissionFlags: ['WORKFLOWS'] },
        holder: developer,
      }),
    ).toEqual([
      {
        objectLabel: null,
        rights: ['all settings', 'all tools', 'permission WORKFLOWS'],
      },
    ]);
  });

  it('should accept what the holder holds, and any flag from a holder with every setting', () => {
    expect(
      listSettingsPermissionExcesses({ granted: developer, holder: developer }),
    ).toEqual([]);
    expect(
      listSettingsPermissionExcesses({ granted: none, holder: developer }),
    ).toEqual([]);
    expect(
      listSettingsPermissionExcesses({
        granted: { ...none, permissionFlags: ['ROLES', 'WORKFLOWS'] },
        holder: admin,
      }),
    ).toEqual([]);
  });
});
