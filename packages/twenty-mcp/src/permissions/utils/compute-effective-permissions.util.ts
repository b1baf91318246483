import { type McpScope } from '../../ports/types/mcp-scope.type';
import { type RolePermissions } from '../../ports/types/role-permissions.type';
import { type WorkspaceSchema } from '../../ports/types/workspace-schema.type';
import { type EffectivePermissions } from '../types/effective-permissions.type';
import { type ObjectAccess } from '../types/object-access.type';
import { computeActivityTargetsAccess } from './compute-activity-targets-access.util';

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
  const pick = (objectValue: boolean | null | undefined, roleValue: boolean) =>
    objectValue ?? roleValue;
  const readableObjects = schema.objects.filter(
    (object) =>
      hasScope.has('read') &&
      pick(
        role.objectOverrides[object.id]?.canReadObjectRecords,
        role.canReadAllObjectRecords,
      ),
  );
  const readableObjectNames = new Set(
    readableObjects.map((object) => object.nameSingular),
  );

  for (const object of readableObjects) {
    const override = role.objectOverrides[object.id];
    const canUpdate =
      hasScope.has('write') &&
      pick(override?.canUpdateObjectRecords, role.canUpdateAllObjectRecords);
    const readable = new Set<string>();
    const updatable = new Set<string>();

    for (const field of object.fields) {
      const restriction = role.fieldRestrictions[field.id];

      // A relation to an object the role cannot read would reveal that
      // object and its record ids: it is hidden like an unreadable field.
      if (
        restriction?.canReadFieldValue === false ||
        (field.relation &&
          !readableObjectNames.has(field.relation.targetObjectName))
      ) {
        continue;
      }

      readable.add(field.name);

      if (canUpdate && restriction?.canUpdateFieldValue !== false) {
        updatable.add(field.name);
      }
    }

    objects.set(object.nameSingular, {
      canRead: true,
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
      activityTargets: computeActivityTargetsAccess({
        schema,
        object,
        role,
        scopes: hasScope,
        canUpdateActivity: canUpdate,
        readableObjectNames,
      }),
    });
  }

  return { roleId: role.roleId, objects };
};
