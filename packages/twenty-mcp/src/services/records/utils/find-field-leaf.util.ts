import { type ObjectSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { type FieldLeaf } from '../../../domain/records/types/field-leaf.type';
import { getFieldLeaves } from '../../../domain/records/utils/get-field-leaves.util';

// The leaf a validated AST node points at (no permission check: parsing
// did it).
export const findFieldLeaf = (
  object: ObjectSchema,
  fieldName: string,
  subField: string | null,
): FieldLeaf => {
  const field = object.fields.find((candidate) => candidate.name === fieldName);
  const leaf = field
    ? getFieldLeaves(object, field).find(
        (candidate) => candidate.subField === subField,
      )
    : undefined;

  if (!leaf) {
    throw new Error(
      `No column for ${object.nameSingular}.${fieldName}${subField ? `.${subField}` : ''}`,
    );
  }

  return leaf;
};
