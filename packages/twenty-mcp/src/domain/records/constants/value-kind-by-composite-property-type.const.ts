import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { type ValueKind } from '../types/value-kind.type';

// Types composite sub-fields use (COMPOSITE_TYPE_DEFINITIONS).
export const VALUE_KIND_BY_COMPOSITE_PROPERTY_TYPE: Readonly<
  Partial<Record<FieldMetadataType, ValueKind>>
> = {
  [FieldMetadataType.TEXT]: 'TEXT',
  [FieldMetadataType.NUMERIC]: 'NUMERIC',
  [FieldMetadataType.RAW_JSON]: 'JSON',
  [FieldMetadataType.SELECT]: 'SELECT',
  [FieldMetadataType.UUID]: 'UUID',
};
