import { type McpScope } from '../../principal/types/mcp-scope.type';
import { type RolePermissions } from '../types/role-permissions.type';
import { type WorkspaceSchema } from '../../workspace/types/workspace-schema.type';
import { ERASABLE_OBJECT_NAME } from '../constants/erasable-object-name.const';
import { FULL_EXPOSURE } from '../constants/full-exposure.const';
import { type EffectivePermissions } from '../types/effective-permissions.type';
import { type ObjectAccess } from '../types/object-access.type';
import { type WorkspaceExposure } from '../types/workspace-exposure.type';
import { computeActivityTargetsAccess } from './compute-activity-targets-access.util';
import { resolveObjectExposure } from './resolve-object-exposure.util';

// Applies a Twenty role the way Twenty's ORM does: a per-object override
// wins over the role-wide default when it is not null, and a field can be
// made unreadable or read-only, never more permissive than its object.
// The result is the intersection of that role with the credential's scopes
// and object allow-list and the workspace's exposure settings.
export const computeEffectivePermissions = ({
  schema,
  role,
  scopes,
  exposure,
  objectAllowList = null,
}: {
  schema: WorkspaceSchema;
  role: RolePermissions;
  scopes: readonly McpScope[];
  // Absent: everything exposed (e.g. measuring a role alone).
  exposure?: WorkspaceExposure;
  // Object metadata ids; null: no limit.
  objectAllowList?: readonly string[] | null;
}): EffectivePermissions => {
  const hasScope = new Set(scopes);
  const allowed = objectAllowList ? new Set(objectAllowList) : null;
  const objects = new Map<string, ObjectAccess>();
  const pick = (objectValue: boolean | null | undefined, roleValue: boolean) =>
    objectValue ?? roleValue;
  const exposureOf = (object: WorkspaceSchema['objects'][number]) =>
    exposure ? resolveObjectExposure(object, exposure) : FULL_EXPOSURE;
  const readableObjects = schema.objects.filter(
    (object) =>
      hasScope.has('read') &&
      (!allowed || allowed.has(object.id)) &&
      exposureOf(object).canRead &&
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
    const exposed = exposureOf(object);
    const roleCanWrite =
      hasScope.has('write') &&
      pick(override?.canUpdateObjectRecords, role.canUpdateAllObjectRecords);
    const canUpdate = roleCanWrite && exposed.canUpdate;
    const canCreate = roleCanWrite && exposed.canCreate;
    const readable = new Set<string>();
    const updatable = new Set<string>();

    for (const field of object.fields) {
      const restriction = role.fieldRestrictions[field.id];

      // A relation to an object the role cannot read would reveal that
      // object and its record ids: it is hidden like an unreadable field.
      if (
        restriction?.canReadFieldValue === false ||
        exposed.hiddenFieldIds.has(field.id) ||
        (field.relation &&
          !readableObjectNames.has(field.relation.targetObjectName))
      ) {
        continue;
      }

      readable.add(field.name);

      if (
        (canUpdate || canCreate) &&
        restriction?.canUpdateFieldValue !== false
      ) {
        updatable.add(field.name);
      }
    }

    const canDestroy =
      hasScope.has('destroy') &&
      exposed.canDelete &&
      pick(override?.canDestroyObjectRecords, role.canDestroyAllObjectRecords);

    objects.set(object.nameSingular, {
      canRead: true,
      canCreate,
      canUpdate,
      canSoftDelete:
        hasScope.has('delete') &&
        exposed.canDelete &&
        pick(
          override?.canSoftDeleteObjectRecords,
          role.canSoftDeleteAllObjectRecords,
        ),
      canDestroy,
      // `erase` gates an erasure; what it does (destroying, clearing
      // fields) still needs the rights and scopes for each part.
      canErase:
        hasScope.has('erase') &&
        object.nameSingular === ERASABLE_OBJECT_NAME &&
        canDestroy,
      readableFieldNames: readable,
      updatableFieldNames: updatable,
      activityTargets: computeActivityTargetsAccess({
        schema,
        object,
        role,
        scopes: hasScope,
        canUpdateActivity: canUpdate || canCreate,
        readableObjectNames,
      }),
    });
  }

  return { roleId: role.roleId, objects };
};
