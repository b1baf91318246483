import { type ObjectAccess } from '../../domain/permissions/types/object-access.type';
import { type ObjectSchema } from '../../domain/workspace/types/workspace-schema.type';
import { describeActivityTargets } from './describe-activity-targets.util';
import { describeField } from './describe-field.util';
import { isApiField } from './is-api-field.util';

// One object as a model should know it: what describe_object returns and
// what the object's resource contains.
export const buildObjectDescription = (
  object: ObjectSchema,
  access: ObjectAccess,
) => {
  const activityTargets = describeActivityTargets(object, access);

  return {
    name: object.nameSingular,
    namePlural: object.namePlural,
    label: object.labelSingular,
    description: object.description,
    labelField: object.labelIdentifierFieldName,
    fields: [
      ...object.fields
        .filter(
          (field) =>
            isApiField(field) && access.readableFieldNames.has(field.name),
        )
        .map((field) => describeField(field, access)),
      ...(activityTargets ? [activityTargets] : []),
    ],
    conventions: [
      'Currency amounts are in currency units (1250.5 means 1,250.50), not micros.',
      'Rich text fields are markdown strings.',
      'Write a many-to-one relation with its id field (relation.idField); expand it to read the related record.',
      'Dates: YYYY-MM-DD; date-times: ISO 8601 with time zone.',
    ],
  };
};
