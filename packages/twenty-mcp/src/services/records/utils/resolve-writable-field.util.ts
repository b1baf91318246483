import { type FieldSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { ACTIVITY_TARGETS_KEY } from '../../../domain/records/constants/activity-targets-key.const';
import { type QueryTarget } from '../../../domain/records/types/query-target.type';
import { findReadableField } from '../../../domain/workspace/utils/find-readable-field.util';
import { formatNameList } from '../../../domain/exceptions/utils/format-name-list.util';
import { getFieldApiKey } from '../../../domain/workspace/utils/get-field-api-key.util';
import { getWriteBlockReason } from './get-write-block-reason.util';
import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';
import { isManyToOneField } from '../../../domain/workspace/utils/is-many-to-one-field.util';
import { isReadableField } from '../../../domain/workspace/utils/is-readable-field.util';
import { listReadableFieldKeys } from '../../../domain/workspace/utils/list-readable-field-keys.util';
import { resolveVisibleActivityTargets } from './resolve-visible-activity-targets.util';

// The field an input key writes, or why it cannot be written: unknown (or
// unreadable — the same thing to the caller), server-maintained, or not
// updatable by the role.
export const resolveWritableField = (
  target: QueryTarget,
  key: string,
): FieldSchema => {
  const { object, access } = target;
  const field = findReadableField(target, key);

  if (!field) {
    const relation = object.fields.find(
      (candidate) =>
        candidate.name === key &&
        isManyToOneField(candidate) &&
        isReadableField(candidate, access),
    );
    const writable = [
      ...listReadableFieldKeys(
        target,
        (candidate) =>
          getWriteBlockReason(candidate) === null &&
          access.updatableFieldNames.has(candidate.name),
      ),
      // A note's links are written through `targets`, not through an id field.
      ...(resolveVisibleActivityTargets(target)?.access.canWrite
        ? [ACTIVITY_TARGETS_KEY]
        : []),
    ];

    throw invalidArgument(
      relation
        ? `"${key}" is a relation: set "${getFieldApiKey(relation)}" to the id of a ${relation.relation?.targetObjectName}`
        : `Unknown field "${key}" on ${object.nameSingular}. Fields you can write: ${formatNameList(writable)}`,
    );
  }

  const blocked = getWriteBlockReason(field);

  if (blocked) {
    throw invalidArgument(`"${key}" cannot be written: ${blocked}`);
  }

  if (!access.updatableFieldNames.has(field.name)) {
    throw invalidArgument(
      `Your role may not change "${key}" on ${object.nameSingular}`,
    );
  }

  return field;
};
