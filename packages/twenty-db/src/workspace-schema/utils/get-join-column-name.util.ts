import {
  computeJoinColumnName,
  FieldMetadataType,
} from '@twenty-mcp/twenty-layout';

import { type FieldMetadataRow } from '../../metadata/types/field-metadata-row.type';

const isRelationType = (type: FieldMetadataType) =>
  type === FieldMetadataType.RELATION ||
  type === FieldMetadataType.MORPH_RELATION;

// Only the MANY_TO_ONE side of a relation owns a column.
export const getJoinColumnName = (
  field: Pick<FieldMetadataRow, 'type' | 'name' | 'settings'>,
): string | null => {
  if (!isRelationType(field.type)) {
    return null;
  }

  if (field.settings?.relationType !== 'MANY_TO_ONE') {
    return null;
  }

  const joinColumnName = field.settings.joinColumnName;

  return typeof joinColumnName === 'string'
    ? joinColumnName
    : computeJoinColumnName(field.name);
};

export const isRelationField = (field: Pick<FieldMetadataRow, 'type'>) =>
  isRelationType(field.type);
