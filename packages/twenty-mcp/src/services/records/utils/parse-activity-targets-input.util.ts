import { QUERY_LIMITS } from '../../../domain/records/constants/query-limits.const';
import { ACTIVITY_TARGETS_KEY } from '../../../domain/records/constants/activity-targets-key.const';
import { type ActivityTargetRef } from '../../../domain/records/types/activity-target-ref.type';
import { type VisibleActivityTargets } from '../../../domain/records/types/visible-activity-targets.type';
import { formatNameList } from '../../../domain/exceptions/utils/format-name-list.util';
import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';
import { isPlainObject } from '../../../domain/values/utils/is-plain-object.util';
import { isUuid } from '../../../domain/values/utils/is-uuid.util';
import { limitExceeded } from '../../../domain/exceptions/utils/limit-exceeded.util';

// `targets: [{ "object": "company", "id": "…" }]` → the links to write, in
// the given order (so errors can name an index; repeats are harmless).
// Only objects the caller can read may be named; whether the records exist
// is checked when writing.
export const parseActivityTargetsInput = (
  visible: VisibleActivityTargets,
  value: unknown,
): ActivityTargetRef[] => {
  const objectNames = visible.targets.map((target) => target.objectName);
  const shape = `{ "object": <${objectNames.join(' | ')}>, "id": <uuid> }`;

  if (!Array.isArray(value)) {
    throw invalidArgument(
      `"${ACTIVITY_TARGETS_KEY}" takes an array of ${shape} ([] removes every link)`,
    );
  }

  if (value.length > QUERY_LIMITS.maxTargetsPerRecord) {
    throw limitExceeded(
      `"${ACTIVITY_TARGETS_KEY}" takes at most ${QUERY_LIMITS.maxTargetsPerRecord} links per record`,
    );
  }

  return value.map((item: unknown, index): ActivityTargetRef => {
    const path = `${ACTIVITY_TARGETS_KEY}[${index}]`;

    if (
      !isPlainObject(item) ||
      Object.keys(item).some((key) => key !== 'object' && key !== 'id')
    ) {
      throw invalidArgument(`${path} must be ${shape}`);
    }

    if (typeof item.object !== 'string' || !objectNames.includes(item.object)) {
      throw invalidArgument(
        `${path}.object must be one of ${formatNameList(objectNames)}`,
      );
    }

    if (!isUuid(item.id)) {
      throw invalidArgument(
        `${path}.id "${String(item.id)}" is not a record id (uuid)`,
      );
    }

    return { objectName: item.object, id: item.id.toLowerCase() };
  });
};
