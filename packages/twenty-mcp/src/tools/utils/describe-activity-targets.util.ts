import { QUERY_LIMITS } from '../../domain/records/constants/query-limits.const';
import { type ObjectAccess } from '../../domain/permissions/types/object-access.type';
import { type ObjectSchema } from '../../domain/workspace/types/workspace-schema.type';
import { ACTIVITY_TARGET_FILTER_OPERATORS } from '../../domain/records/constants/activity-target-filter-operators.const';
import { ACTIVITY_TARGETS_KEY } from '../../domain/records/constants/activity-targets-key.const';
import { getActivityTargetFilterKey } from '../../services/records/utils/get-activity-target-filter-key.util';
import { getActivityTargetsView } from '../schema/utils/get-activity-targets-view.util';
import { type FieldDescriptor } from './describe-field.util';

// `targets` of a note or task as describe_object lists it, next to the
// real fields: how to link, read and filter by the records it is about.
export const describeActivityTargets = (
  object: ObjectSchema,
  access: ObjectAccess,
): FieldDescriptor | null => {
  const targets = getActivityTargetsView({ object, access });

  if (!targets) {
    return null;
  }

  const example = targets.objectNames.includes('company')
    ? 'company'
    : targets.objectNames[0];
  const label = object.labelSingular.toLowerCase();

  return {
    name: ACTIVITY_TARGETS_KEY,
    type: 'TARGETS',
    label: 'Targets',
    description:
      `The records this ${label} is about (links to ${targets.objectNames.join(', ')}). ` +
      (targets.canWrite
        ? `Set on create or update: "targets": [{"object": "${example}", "id": "…"}] (at most ${QUERY_LIMITS.maxTargetsPerRecord}); on update the list replaces the current links, [] removes them. `
        : '') +
      `Read with expand: ["targets"] → [{object, id, label}]. Find the ${object.labelPlural.toLowerCase()} about a record with the filter {"targets": {"${getActivityTargetFilterKey(example)}": {"eq": "…"}}}.`,
    nullable: false,
    writable: targets.canWrite,
    targetObjects: [...targets.objectNames],
    subFields: Object.fromEntries(
      targets.objectNames.map((name) => [
        getActivityTargetFilterKey(name),
        ACTIVITY_TARGET_FILTER_OPERATORS,
      ]),
    ),
    sortable: false,
  };
};
