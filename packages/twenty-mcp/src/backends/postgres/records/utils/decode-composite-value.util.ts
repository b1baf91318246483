import {
  COMPOSITE_TYPE_DEFINITIONS,
  computeCompositeColumnName,
  FieldMetadataType,
} from '@twenty-mcp/twenty-layout';

import { type FieldSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { type DbRow } from '../../../../domain/records/types/db-row.type';
import { microsToUnits } from '../../../../domain/values/utils/micros-to-units.util';
import { toNullableNumber } from './to-nullable-number.util';

// Sub-columns → the nested API object: currency in units, JSON lists
// never null, rich text as its markdown, actors without context.
export const decodeCompositeValue = (
  field: FieldSchema,
  row: DbRow,
): unknown => {
  const read = (subFieldName: string) =>
    row[computeCompositeColumnName({ fieldName: field.name, subFieldName })] ??
    null;

  switch (field.type) {
    case FieldMetadataType.RICH_TEXT:
      return read('markdown');
    case FieldMetadataType.CURRENCY:
      return {
        amount: microsToUnits(read('amountMicros')),
        currencyCode: read('currencyCode'),
      };
    case FieldMetadataType.ACTOR:
      return {
        source: read('source'),
        workspaceMemberId: read('workspaceMemberId'),
        name: read('name'),
      };
  }

  const value: Record<string, unknown> = {};

  for (const property of COMPOSITE_TYPE_DEFINITIONS[field.type] ?? []) {
    const raw = read(property.name);

    value[property.name] =
      property.type === FieldMetadataType.RAW_JSON
        ? (raw ?? [])
        : property.type === FieldMetadataType.NUMERIC
          ? toNullableNumber(raw)
          : raw;
  }

  return value;
};
