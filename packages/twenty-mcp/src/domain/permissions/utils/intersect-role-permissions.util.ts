import { type RolePermissions } from '../types/role-permissions.type';

type ObjectOverride = RolePermissions['objectOverrides'][string];
type FieldRestriction = RolePermissions['fieldRestrictions'][string];

const OBJECT_RIGHTS = [
  ['canReadObjectRecords', 'canReadAllObjectRecords'],
  ['canUpdateObjectRecords', 'canUpdateAllObjectRecords'],
  ['canSoftDeleteObjectRecords', 'canSoftDeleteAllObjectRecords'],
  ['canDestroyObjectRecords', 'canDestroyAllObjectRecords'],
] as const;

const objectRight = (
  role: RolePermissions,
  objectId: string,
  [objectKey, roleKey]: (typeof OBJECT_RIGHTS)[number],
): boolean => role.objectOverrides[objectId]?.[objectKey] ?? role[roleKey];

// A field restriction only ever takes a right away (false); null inherits.
const fieldRight = (
  a: boolean | null | undefined,
  b: boolean | null | undefined,
): boolean | null => (a === false || b === false ? false : null);

// What a caller holding both roles at once may do — Twenty's
// `intersectionOf` for a user acting through an application: a right only
// where both roles grant it, a field hidden or read-only where either says
// so. Objects either role overrides get explicit values on both sides, so
// no override of one role can be widened by the other's default.
export const intersectRolePermissions = (
  first: RolePermissions,
  second: RolePermissions,
): RolePermissions => {
  const objectIds = new Set([
    ...Object.keys(first.objectOverrides),
    ...Object.keys(second.objectOverrides),
  ]);
  const fieldIds = new Set([
    ...Object.keys(first.fieldRestrictions),
    ...Object.keys(second.fieldRestrictions),
  ]);

  return {
    roleId: `${first.roleId}&${second.roleId}`,
    label: `${first.label} ∩ ${second.label}`,
    canReadAllObjectRecords:
      first.canReadAllObjectRecords && second.canReadAllObjectRecords,
    canUpdateAllObjectRecords:
      first.canUpdateAllObjectRecords && second.canUpdateAllObjectRecords,
    canSoftDeleteAllObjectRecords:
      first.canSoftDeleteAllObjectRecords &&
      second.canSoftDeleteAllObjectRecords,
    canDestroyAllObjectRecords:
      first.canDestroyAllObjectRecords && second.canDestroyAllObjectRecords,
    objectOverrides: Object.fromEntries(
      [...objectIds].map((objectId): [string, ObjectOverride] => {
        const [read, update, softDelete, destroy] = OBJECT_RIGHTS.map(
          (right) =>
            objectRight(first, objectId, right) &&
            objectRight(second, objectId, right),
        );

        return [
          objectId,
          {
            canReadObjectRecords: read,
            canUpdateObjectRecords: update,
            canSoftDeleteObjectRecords: softDelete,
            canDestroyObjectRecords: destroy,
          },
        ];
      }),
    ),
    fieldRestrictions: Object.fromEntries(
      [...fieldIds].map((fieldId): [string, FieldRestriction] => [
        fieldId,
        {
          canReadFieldValue: fieldRight(
            first.fieldRestrictions[fieldId]?.canReadFieldValue,
            second.fieldRestrictions[fieldId]?.canReadFieldValue,
          ),
          canUpdateFieldValue: fieldRight(
            first.fieldRestrictions[fieldId]?.canUpdateFieldValue,
            second.fieldRestrictions[fieldId]?.canUpdateFieldValue,
          ),
        },
      ]),
    ),
  };
};
