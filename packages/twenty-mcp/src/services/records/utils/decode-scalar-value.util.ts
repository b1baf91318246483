import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { toIsoDateTime } from '../../../domain/values/utils/to-iso-date-time.util';
import { toNullableNumber } from '../../../domain/values/utils/to-nullable-number.util';

// One non-composite column value → its API value.
export const decodeScalarValue = (
  type: FieldMetadataType,
  value: unknown,
): unknown => {
  switch (type) {
    case FieldMetadataType.NUMBER:
      return toNullableNumber(value);
    case FieldMetadataType.NUMERIC:
      // Exact decimals stay text.
      return value === null || value === undefined ? null : String(value);
    case FieldMetadataType.DATE_TIME:
      return toIsoDateTime(value);
    case FieldMetadataType.DATE:
      return value instanceof Date
        ? value.toISOString().slice(0, 10)
        : (value ?? null);
    case FieldMetadataType.MULTI_SELECT:
    case FieldMetadataType.ARRAY:
    case FieldMetadataType.FILES:
      return value ?? [];
    default:
      return value ?? null;
  }
};
