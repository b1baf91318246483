import { type ActivityTargetsAccess } from '../../../domain/permissions/types/activity-targets-access.type';
import { type ObjectView } from '../types/object-view.type';

// The links of a note or task this caller sees (their target objects, also
// limited by the view's readable objects, and whether it may change them),
// or null: then no schema mentions `targets`.
export const getActivityTargetsView = ({
  object,
  access,
  readableObjectNames,
}: ObjectView): ActivityTargetsAccess | null => {
  const objectNames = (access.activityTargets?.objectNames ?? []).filter(
    (name) => readableObjectNames?.has(name) ?? true,
  );

  return object.activityTargets && access.activityTargets && objectNames.length
    ? { objectNames, canWrite: access.activityTargets.canWrite }
    : null;
};
