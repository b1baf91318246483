import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { type FieldSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { type ValueKind } from '../types/value-kind.type';
import { isIntegerNumberField } from '../../../domain/workspace/utils/is-integer-number-field.util';

const KIND_BY_TYPE: Partial<Record<FieldMetadataType, ValueKind>> = {
  [FieldMetadataType.UUID]: 'uuid',
  [FieldMetadataType.TEXT]: 'text',
  [FieldMetadataType.RICH_TEXT]: 'text',
  [FieldMetadataType.NUMERIC]: 'numeric',
  [FieldMetadataType.BOOLEAN]: 'boolean',
  [FieldMetadataType.DATE]: 'date',
  [FieldMetadataType.DATE_TIME]: 'dateTime',
  [FieldMetadataType.SELECT]: 'select',
  [FieldMetadataType.RATING]: 'rating',
  [FieldMetadataType.MULTI_SELECT]: 'multiSelect',
  [FieldMetadataType.ARRAY]: 'stringArray',
  [FieldMetadataType.RAW_JSON]: 'json',
};

// The value kind of a field holding one value; null for composites,
// relations, files and the types never shown.
export const getFieldValueKind = (
  field: Pick<FieldSchema, 'type' | 'settings'>,
): ValueKind | null => {
  if (field.type === FieldMetadataType.NUMBER) {
    return isIntegerNumberField(field) ? 'integer' : 'number';
  }

  return KIND_BY_TYPE[field.type] ?? null;
};
