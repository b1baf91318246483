import { type ObjectSchema } from '../../workspace/types/workspace-schema.type';
import { type FieldLeaf } from '../types/field-leaf.type';
import { getFieldLeaves } from './get-field-leaves.util';
import { internalError } from '../../exceptions/utils/internal-error.util';

// The leaf a validated AST node points at (no permission check: parsing
// did it).
export const findFieldLeaf = (
  object: ObjectSchema,
  fieldName: string,
  subField: string | null,
): FieldLeaf => {
  const field = object.fields.find((candidate) => candidate.name === fieldName);
  const leaf = field
    ? getFieldLeaves(field).find((candidate) => candidate.subField === subField)
    : undefined;

  if (!leaf) {
    throw internalError(
      `No column for ${object.nameSingular}.${fieldName}${subField ? `.${subField}` : ''}`,
    );
  }

  return leaf;
};
