import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { type ValueKind } from '../types/value-kind.type';

// Non-composite field types and the kind of their single column.
export const VALUE_KIND_BY_FIELD_TYPE: Readonly<
  Partial<Record<FieldMetadataType, ValueKind>>
> = {
  [FieldMetadataType.UUID]: 'UUID',
  [FieldMetadataType.TEXT]: 'TEXT',
  [FieldMetadataType.DATE_TIME]: 'DATE_TIME',
  [FieldMetadataType.DATE]: 'DATE',
  [FieldMetadataType.BOOLEAN]: 'BOOLEAN',
  [FieldMetadataType.NUMBER]: 'NUMBER',
  [FieldMetadataType.NUMERIC]: 'NUMERIC',
  [FieldMetadataType.SELECT]: 'SELECT',
  [FieldMetadataType.RATING]: 'RATING',
  [FieldMetadataType.MULTI_SELECT]: 'MULTI_SELECT',
  [FieldMetadataType.ARRAY]: 'ARRAY',
  [FieldMetadataType.RAW_JSON]: 'JSON',
  [FieldMetadataType.FILES]: 'JSON',
};
