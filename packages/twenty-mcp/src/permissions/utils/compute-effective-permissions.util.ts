import { type McpScope } from '../../ports/types/mcp-scope.type';
import { type RolePermissions } from '../../ports/types/role-permissions.type';
import { type WorkspaceSchema } from '../../ports/types/workspace-schema.type';
import { type EffectivePermissions } from '../types/effective-permissions.type';
import { type ObjectAccess } from '../types/object-access.type';

// Applies a Twenty role the way Twenty's ORM does: a per-object override
// wins over the role-wide default when it is not null, and a field can be
// made unreadable or read-only, never more permissive than its object.
export const computeEffectivePermissions = ({
  schema,
  role,
  scopes,
}: {
  schema: WorkspaceSchema;
  role: RolePermissions;
  scopes: readonly McpScope[];
}): EffectivePermissions => {
  const hasScope = new Set(scopes);
  const objects = new Map<string, ObjectAccess>();

  for (const object of schema.objects) {
    const override = role.objectOverrides[object.id];
    const pick = (
      objectValue: boolean | null | undefined,
      roleValue: boolean,
    ) => objectValue ?? roleValue;
    const canRead =
      hasScope.has('read') &&
      pick(override?.canReadObjectRecords, role.canReadAllObjectRecords);

    if (!canRead) {
      continue;
    }

    const canUpdate =
      hasScope.has('write') &&
      pick(override?.canUpdateObjectRecords, role.canUpdateAllObjectRecords);
    const readable = new Set<string>();
    const updatable = new Set<string>();

    for (const field of object.fields) {
      const restriction = role.fieldRestrictions[field.id];

      if (restriction?.canReadFieldValue === false) {
        continue;
      }

      readable.add(field.name);

      if (canUpdate && restriction?.canUpdateFieldValue !== false) {
        updatable.add(field.name);
      }
    }

    objects.set(object.nameSingular, {
      canRead,
      canCreate: canUpdate,
      canUpdate,
      canSoftDelete:
        hasScope.has('delete') &&
        pick(
          override?.canSoftDeleteObjectRecords,
          role.canSoftDeleteAllObjectRecords,
        ),
      canDestroy:
        hasScope.has('destroy') &&
        pick(
          override?.canDestroyObjectRecords,
          role.canDestroyAllObjectRecords,
        ),
      readableFieldNames: readable,
      updatableFieldNames: updatable,
    });
  }

  return { roleId: role.roleId, objects };
};
