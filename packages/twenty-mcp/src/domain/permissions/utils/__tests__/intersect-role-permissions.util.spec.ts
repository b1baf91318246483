import { fullAccessRole } from '../../../../../test/fixtures/demo-workspace-schema.fixture';
import { intersectRolePermissions } from '../intersect-role-permissions.util';

const role = fullAccessRole;

describe('intersectRolePermissions', () => {
  it('should grant a role-wide right only when both roles grant it', () => {
    const both = intersectRolePermissions(
      role({
        roleId: 'member',
        label: 'Member',
        canDestroyAllObjectRecords: false,
      }),
      role({ roleId: 'app', label: 'App', canUpdateAllObjectRecords: false }),
    );

    expect(both).toMatchObject({
      roleId: 'member&app',
      label: 'Member ∩ App',
      canReadAllObjectRecords: true,
      canUpdateAllObjectRecords: false,
      canSoftDeleteAllObjectRecords: true,
      canDestroyAllObjectRecords: false,
    });
  });

  it("should not let one role's default widen the other's object override", () => {
    const both = intersectRolePermissions(
      role({
        objectOverrides: {
          company: {
            canReadObjectRecords: null,
            canUpdateObjectRecords: false,
            canSoftDeleteObjectRecords: null,
            canDestroyObjectRecords: null,
          },
        },
      }),
      role({
        canReadAllObjectRecords: false,
        objectOverrides: {
          person: {
            canReadObjectRecords: true,
            canUpdateObjectRecords: null,
            canSoftDeleteObjectRecords: null,
            canDestroyObjectRecords: null,
          },
        },
      }),
    );

    expect(both.canReadAllObjectRecords).toBe(false);
    expect(both.objectOverrides.company).toEqual({
      canReadObjectRecords: false,
      canUpdateObjectRecords: false,
      canSoftDeleteObjectRecords: true,
      canDestroyObjectRecords: true,
    });
    expect(both.objectOverrides.person).toEqual({
      canReadObjectRecords: true,
      canUpdateObjectRecords: true,
      canSoftDeleteObjectRecords: true,
      canDestroyObjectRecords: true,
    });
  });

  it('should restrict a field either role restricts, and inherit otherwise', () => {
    const both = intersectRolePermissions(
      role({
        fieldRestrictions: {
          salary: { canReadFieldValue: false, canUpdateFieldValue: null },
        },
      }),
      role({
        fieldRestrictions: {
          email: { canReadFieldValue: null, canUpdateFieldValue: false },
        },
      }),
    );

    expect(both.fieldRestrictions).toEqual({
      salary: { canReadFieldValue: false, canUpdateFieldValue: null },
      email: { canReadFieldValue: null, canUpdateFieldValue: false },
    });
  });
});
