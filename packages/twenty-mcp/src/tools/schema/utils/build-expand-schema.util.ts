import { ACTIVITY_TARGETS_KEY } from '../../../domain/records/constants/activity-targets-key.const';
import { type JsonSchema } from '../types/json-schema.type';
import { type ObjectView } from '../types/object-view.type';
import { getActivityTargetsView } from './get-activity-targets-view.util';
import { isExpandableRelation } from './is-expandable-relation.util';
import { listReadableFields } from './list-readable-fields.util';

// `expand`: readable relation fields whose target the caller may read, and
// the `targets` of a note or task.
// Null when there is none, so the tool leaves the argument out.
export const buildExpandSchema = ({
  object,
  access,
  readableObjectNames,
}: ObjectView): JsonSchema | null => {
  const names = [
    ...listReadableFields({ object, access })
      .filter((field) => isExpandableRelation({ field, readableObjectNames }))
      .map((field) => field.name),
    ...(getActivityTargetsView({ object, access, readableObjectNames })
      ? [ACTIVITY_TARGETS_KEY]
      : []),
  ];

  return names.length > 0
    ? {
        type: 'array',
        items: { type: 'string', enum: names },
        uniqueItems: true,
      }
    : null;
};
