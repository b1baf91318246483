import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

// Physical type of a non-composite field. NUMBER is always a double,
// whatever settings.dataType says: the setting only shapes the API.
const COLUMN_TYPES: Partial<Record<FieldMetadataType, string>> = {
  [FieldMetadataType.TEXT]: 'text',
  [FieldMetadataType.ARRAY]: 'text',
  [FieldMetadataType.UUID]: 'uuid',
  [FieldMetadataType.NUMERIC]: 'numeric',
  [FieldMetadataType.NUMBER]: 'double precision',
  [FieldMetadataType.POSITION]: 'double precision',
  [FieldMetadataType.BOOLEAN]: 'boolean',
  [FieldMetadataType.DATE_TIME]: 'timestamp with time zone',
  [FieldMetadataType.DATE]: 'date',
  [FieldMetadataType.RAW_JSON]: 'jsonb',
  [FieldMetadataType.FILES]: 'jsonb',
  [FieldMetadataType.TS_VECTOR]: 'tsvector',
};

export const ENUM_FIELD_TYPES: ReadonlySet<FieldMetadataType> = new Set([
  FieldMetadataType.SELECT,
  FieldMetadataType.MULTI_SELECT,
  FieldMetadataType.RATING,
]);

export const ARRAY_FIELD_TYPES: ReadonlySet<FieldMetadataType> = new Set([
  FieldMetadataType.ARRAY,
  FieldMetadataType.MULTI_SELECT,
]);

export const fieldMetadataTypeToColumnType = (
  type: FieldMetadataType,
): string => {
  const columnType = COLUMN_TYPES[type];

  if (!columnType) {
    throw new Error(`Field type ${type} has no single column type`);
  }

  return columnType;
};
