import { type McpScope } from '../../principal/types/mcp-scope.type';
import { type RolePermissions } from '../types/role-permissions.type';
import {
  type ObjectSchema,
  type WorkspaceSchema,
} from '../../workspace/types/workspace-schema.type';
import { type ActivityTargetsAccess } from '../types/activity-targets-access.type';

// The links of one note or task object as a role sees them. The junction
// (noteTarget) is checked the way Twenty checks a system object: an
// explicit object permission row of the role decides, and without one a
// system object is open to every role. Links are only shown for target
// objects the caller can read, and changing them also needs the right to
// update the activity. Undefined when the caller sees no links at all.
export const computeActivityTargetsAccess = ({
  schema,
  object,
  role,
  scopes,
  canUpdateActivity,
  readableObjectNames,
}: {
  schema: WorkspaceSchema;
  object: ObjectSchema;
  role: RolePermissions;
  scopes: ReadonlySet<McpScope>;
  canUpdateActivity: boolean;
  readableObjectNames: ReadonlySet<string>;
}): ActivityTargetsAccess | undefined => {
  const activityTargets = object.activityTargets;
  const junction = activityTargets
    ? schema.objects.find(
        (candidate) =>
          candidate.nameSingular === activityTargets.junctionObjectName,
      )
    : undefined;

  if (!activityTargets || !junction) {
    return undefined;
  }

  const override = role.objectOverrides[junction.id];
  const pick = (objectValue: boolean | null | undefined, roleValue: boolean) =>
    objectValue ?? (junction.isSystem ? true : roleValue);
  const canRead =
    scopes.has('read') &&
    pick(override?.canReadObjectRecords, role.canReadAllObjectRecords);
  const canUpdate =
    scopes.has('write') &&
    pick(override?.canUpdateObjectRecords, role.canUpdateAllObjectRecords);
  const objectNames = activityTargets.targets
    .map((target) => target.objectName)
    .filter((name) => readableObjectNames.has(name));

  if (!canRead || objectNames.length === 0) {
    return undefined;
  }

  return { objectNames, canWrite: canUpdate && canUpdateActivity };
};
