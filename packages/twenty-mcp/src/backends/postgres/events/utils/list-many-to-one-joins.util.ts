import { type ObjectSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { type ManyToOneJoin } from '../types/many-to-one-join.type';

// The relations Twenty's workflow listener loads for a record: every
// relation or morph-relation field owning a join column, each morph target
// on its own. Relations to objects the schema does not hold are skipped.
export const listManyToOneJoins = (
  object: ObjectSchema,
  objects: readonly ObjectSchema[],
): ManyToOneJoin[] =>
  object.fields.flatMap((field) => {
    const relation = field.relation;

    if (relation?.direction !== 'MANY_TO_ONE' || !relation.joinColumnName) {
      return [];
    }

    const target = objects.find(
      (candidate) => candidate.nameSingular === relation.targetObjectName,
    );

    return target
      ? [
          {
            fieldName: field.name,
            joinColumnName: relation.joinColumnName,
            target,
          },
        ]
      : [];
  });
