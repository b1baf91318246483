import {
  FieldMetadataType,
  SYSTEM_FIELD_NAMES,
} from '@twenty-mcp/twenty-layout';

import {
  type ActivityTargetsSchema,
  type FieldSchema,
  type ObjectSchema,
} from '../../../domain/workspace/types/workspace-schema.type';
import { ACTIVITY_TARGETS_KEY } from '../../../domain/records/constants/activity-targets-key.const';

// Fields every Twenty record carries, whatever its system flags say.
const STANDARD_FIELD_NAMES: ReadonlySet<string> = new Set(SYSTEM_FIELD_NAMES);

const isManyToOne = (field: FieldSchema) =>
  field.relation?.direction === 'MANY_TO_ONE' &&
  !!field.relation.joinColumnName;

// A junction holds links and nothing else: its only plain relation is a
// CASCADE many-to-one to the activity, its morph relation (one morphId)
// points at the targets, every other field is a system field. That is how
// Twenty builds noteTarget and taskTarget, and it keeps look-alikes out
// (timelineActivity has its own data, attachment a file).
const readJunction = (
  junction: ObjectSchema,
  activity: ObjectSchema,
): ActivityTargetsSchema | null => {
  if (!junction.isSystem) {
    return null;
  }

  const relations = junction.fields.filter(
    (field) => field.type === FieldMetadataType.RELATION,
  );
  const morphs = junction.fields.filter(
    (field) => field.type === FieldMetadataType.MORPH_RELATION,
  );
  const others = junction.fields.filter(
    (field) => !field.relation && !field.isSystem,
  );
  const [activityField] = relations;

  if (
    relations.length !== 1 ||
    !isManyToOne(activityField) ||
    activityField.relation?.targetObjectName !== activity.nameSingular ||
    activityField.relation.onDelete !== 'CASCADE' ||
    morphs.length === 0 ||
    !morphs.every(isManyToOne) ||
    new Set(morphs.map((field) => field.relation?.morphId)).size !== 1 ||
    morphs[0].relation?.morphId === null ||
    others.some((field) => !STANDARD_FIELD_NAMES.has(field.name))
  ) {
    return null;
  }

  return {
    junctionObjectName: junction.nameSingular,
    activityJoinColumn: activityField.relation.joinColumnName as string,
    targets: morphs.map((field) => ({
      objectName: field.relation?.targetObjectName as string,
      joinColumnName: field.relation?.joinColumnName as string,
    })),
  };
};

// The activity-target links of `object`, if exactly one junction object
// links records to it.
export const buildActivityTargets = (
  object: ObjectSchema,
  objects: readonly ObjectSchema[],
): ActivityTargetsSchema | null => {
  // An object with a real field of that name keeps its field.
  if (object.fields.some((field) => field.name === ACTIVITY_TARGETS_KEY)) {
    return null;
  }

  const junctions = objects
    .filter((candidate) => candidate !== object)
    .map((candidate) => readJunction(candidate, object))
    .filter((junction): junction is ActivityTargetsSchema => junction !== null);

  return junctions.length === 1 ? junctions[0] : null;
};
