import {
  COMPOSITE_TYPE_DEFINITIONS,
  FieldMetadataType,
} from '@twenty-mcp/twenty-layout';

import { isPlainObject } from '../../../domain/values/utils/is-plain-object.util';
import { microsToUnits } from '../../../domain/values/utils/micros-to-units.util';
import { toNullableNumber } from '../../../domain/values/utils/to-nullable-number.util';
import { type FieldSchema } from '../../../domain/workspace/types/workspace-schema.type';

// A stored composite → the nested API object: currency in units, JSON
// lists never null, rich text as its markdown, actors without context.
export const decodeCompositeValue = (
  field: FieldSchema,
  stored: unknown,
): unknown => {
  const properties = isPlainObject(stored) ? stored : {};
  const read = (property: string) => properties[property] ?? null;

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
