import { type QueryTarget } from '../../../domain/records/types/query-target.type';
import { type VisibleActivityTargets } from '../../../domain/records/types/visible-activity-targets.type';

// The links of `object` this caller sees, or null when the object has none
// or the caller sees none (then `targets` is an unknown key, as any field
// the caller cannot read).
export const resolveVisibleActivityTargets = ({
  object,
  access,
}: QueryTarget): VisibleActivityTargets | null => {
  const schema = object.activityTargets;
  const targetsAccess = access.activityTargets;

  if (!schema || !targetsAccess) {
    return null;
  }

  const targets = schema.targets.filter((target) =>
    targetsAccess.objectNames.includes(target.objectName),
  );

  return targets.length > 0 ? { schema, access: targetsAccess, targets } : null;
};
