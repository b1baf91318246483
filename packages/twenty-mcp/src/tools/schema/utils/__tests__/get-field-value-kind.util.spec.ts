import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { getFieldValueKind } from '../get-field-value-kind.util';

describe('getFieldValueKind', () => {
  it.each([
    [FieldMetadataType.NUMBER, { dataType: 'int' }, 'integer'],
    [FieldMetadataType.NUMBER, { dataType: 'bigint' }, 'integer'],
    [FieldMetadataType.NUMBER, { dataType: 'float', decimals: 0 }, 'integer'],
    [FieldMetadataType.NUMBER, { dataType: 'float', decimals: 2 }, 'number'],
    [FieldMetadataType.NUMBER, null, 'number'],
    [FieldMetadataType.NUMERIC, null, 'numeric'],
    [FieldMetadataType.RICH_TEXT, null, 'text'],
    [FieldMetadataType.ARRAY, null, 'stringArray'],
    [FieldMetadataType.RAW_JSON, null, 'json'],
    [FieldMetadataType.FULL_NAME, null, null],
    [FieldMetadataType.RELATION, null, null],
    [FieldMetadataType.FILES, null, null],
    [FieldMetadataType.TS_VECTOR, null, null],
  ])('should give %s with settings %j the kind %s', (type, settings, kind) => {
    expect(getFieldValueKind({ type, settings })).toBe(kind);
  });
});
