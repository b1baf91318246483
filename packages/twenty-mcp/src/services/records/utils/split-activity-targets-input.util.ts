import { ACTIVITY_TARGETS_KEY } from '../../../domain/records/constants/activity-targets-key.const';
import { type ActivityTargetRef } from '../../../domain/records/types/activity-target-ref.type';
import { type QueryTarget } from '../../../domain/records/types/query-target.type';
import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';
import { isPlainObject } from '../../../domain/values/utils/is-plain-object.util';
import { parseActivityTargetsInput } from './parse-activity-targets-input.util';
import { resolveVisibleActivityTargets } from './resolve-visible-activity-targets.util';

// One record input of a note or task → its field values and its `targets`
// (undefined when not given). Anywhere else `targets` stays a field value,
// so encodeRecordInput reports it as unknown.
export const splitActivityTargetsInput = (
  target: QueryTarget,
  input: unknown,
): { fields: unknown; targets: ActivityTargetRef[] | undefined } => {
  const visible = resolveVisibleActivityTargets(target);

  if (!visible || !isPlainObject(input) || !(ACTIVITY_TARGETS_KEY in input)) {
    return { fields: input, targets: undefined };
  }

  if (!visible.access.canWrite) {
    throw invalidArgument(
      `Your role may not change "${ACTIVITY_TARGETS_KEY}" on ${target.object.nameSingular}`,
    );
  }

  const { [ACTIVITY_TARGETS_KEY]: targets, ...fields } = input;

  return { fields, targets: parseActivityTargetsInput(visible, targets) };
};
