import {
  type FieldSchema,
  type ObjectSchema,
} from '../../../../domain/workspace/types/workspace-schema.type';
import { COMPOSITE_EMPTINESS_SUB_FIELDS } from '../../../../domain/records/constants/composite-emptiness-sub-fields.const';
import { type FieldLeaf } from '../../../../domain/records/types/field-leaf.type';
import { buildLeafEmptyCheck } from './build-leaf-empty-check.util';
import { getFieldLeaves } from '../../../../domain/records/utils/get-field-leaves.util';
import { toColumnDescriptor } from './to-column-descriptor.util';

// Emptiness of a leaf, or of a whole composite field (all of its
// meaningful sub-fields empty).
export const buildEmptyCheck = (
  object: ObjectSchema,
  field: FieldSchema,
  leaf: FieldLeaf | null,
): string => {
  if (leaf) {
    return buildLeafEmptyCheck(toColumnDescriptor(object, leaf));
  }

  const subFields = COMPOSITE_EMPTINESS_SUB_FIELDS[field.type] ?? [];
  const checks = getFieldLeaves(field)
    .filter((candidate) => subFields.includes(candidate.subField ?? ''))
    .map((candidate) =>
      buildLeafEmptyCheck(toColumnDescriptor(object, candidate)),
    );

  return checks.length === 1 ? checks[0] : `(${checks.join(' AND ')})`;
};
