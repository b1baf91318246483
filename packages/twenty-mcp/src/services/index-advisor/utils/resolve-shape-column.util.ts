import { type ShapeField } from '../../../domain/query-usage/types/shape-field.type';
import { getFieldLeaves } from '../../../domain/records/utils/get-field-leaves.util';
import { getLeafColumn } from '../../../domain/records/utils/get-leaf-column.util';
import { type ObjectSchema } from '../../../domain/workspace/types/workspace-schema.type';

// The column a recorded field is stored in today, or null when the field
// (or sub-field) no longer exists or the admin hides it.
export const resolveShapeColumn = (
  object: ObjectSchema,
  { field: fieldName, subField }: ShapeField,
  hiddenFieldIds: ReadonlySet<string>,
): string | null => {
  const field = object.fields.find(({ name }) => name === fieldName);

  if (!field || hiddenFieldIds.has(field.id)) {
    return null;
  }

  const leaf = getFieldLeaves(field).find(
    (candidate) => candidate.subField === subField,
  );

  return leaf ? getLeafColumn(leaf) : null;
};
