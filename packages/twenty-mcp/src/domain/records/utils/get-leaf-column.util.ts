import { computeCompositeColumnName } from '@twenty-mcp/twenty-layout';

import { type FieldLeaf } from '../types/field-leaf.type';

// Where Twenty stores a leaf: the join column of a relation, the
// `<field><Property>` column of a composite sub-field, else the field's own.
export const getLeafColumn = ({
  field,
  property,
  isRelation,
}: FieldLeaf): string => {
  if (isRelation && field.relation?.joinColumnName) {
    return field.relation.joinColumnName;
  }

  return property
    ? computeCompositeColumnName({
        fieldName: field.name,
        subFieldName: property,
      })
    : field.name;
};
