import { type EffectivePermissions } from '../../../domain/permissions/types/effective-permissions.type';
import { type WorkspaceSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { type ActivityTargetsExpansion } from '../../../domain/records/types/activity-targets-expansion.type';
import { type QueryTarget } from '../../../domain/records/types/query-target.type';
import { findLabelField } from '../../../domain/workspace/utils/find-label-field.util';
import { resolveVisibleActivityTargets } from './resolve-visible-activity-targets.util';

// How to expand `targets` on a note or task for this caller, or null when
// it sees no links there.
export const resolveActivityTargetsExpansion = (
  target: QueryTarget,
  workspace: WorkspaceSchema,
  permissions: EffectivePermissions | undefined,
): ActivityTargetsExpansion | null => {
  const visible = resolveVisibleActivityTargets(target);
  const junction = workspace.objects.find(
    (object) => object.nameSingular === visible?.schema.junctionObjectName,
  );

  if (!visible || !junction) {
    return null;
  }

  const targets = visible.targets.flatMap(({ objectName, joinColumnName }) => {
    const object = workspace.objects.find(
      (candidate) => candidate.nameSingular === objectName,
    );
    const access = permissions?.objects.get(objectName);

    return object && access?.canRead
      ? [
          {
            object,
            access,
            joinColumnName,
            labelField: findLabelField({ object, access }),
          },
        ]
      : [];
  });

  return targets.length > 0
    ? {
        junction,
        activityJoinColumn: visible.schema.activityJoinColumn,
        targets,
      }
    : null;
};
