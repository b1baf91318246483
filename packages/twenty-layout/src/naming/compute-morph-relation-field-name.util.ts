import { type RelationType } from '../metadata/relation-type.type';

const capitalize = (value: string): string =>
  value.charAt(0).toUpperCase() + value.slice(1);

// One morph field row exists per target: `target` + `Person` → `targetPerson`
// on the MANY_TO_ONE side, `target` + `People` on the ONE_TO_MANY side.
export const computeMorphRelationFieldName = ({
  fieldName,
  relationType,
  targetNameSingular,
  targetNamePlural,
}: {
  fieldName: string;
  relationType: RelationType;
  targetNameSingular: string;
  targetNamePlural: string;
}): string =>
  `${fieldName}${capitalize(
    relationType === 'MANY_TO_ONE' ? targetNameSingular : targetNamePlural,
  )}`;
