import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { getFieldLeaves } from '../../../domain/records/utils/get-field-leaves.util';
import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';
import { type FieldInputContext } from '../types/field-input-context.type';
import { assertStorableNumber } from './assert-storable-number.util';
import { coerceScalarValue } from './coerce-scalar-value.util';
import { describeExpectedValue } from './describe-expected-value.util';
import { isIntegerNumberField } from '../../../domain/workspace/utils/is-integer-number-field.util';

// A non-composite input (or a relation's `<field>Id`) → its stored value.
export const encodeScalarInput = (
  { field, key }: FieldInputContext,
  value: unknown,
): unknown => {
  const [leaf] = getFieldLeaves(field);
  const label = `"${key}"`;

  if (value === null) {
    return null;
  }

  switch (field.type) {
    case FieldMetadataType.RAW_JSON:
      return value;
    case FieldMetadataType.MULTI_SELECT:
    case FieldMetadataType.ARRAY: {
      if (!Array.isArray(value)) {
        throw invalidArgument(
          `${label} must be an array, each value ${describeExpectedValue(leaf)}`,
        );
      }

      const items = value.map((item) =>
        String(coerceScalarValue(leaf, item, `Each value of ${label}`)),
      );

      // An option is either selected or not; free-form tags stay as given.
      return field.type === FieldMetadataType.MULTI_SELECT
        ? [...new Set(items)]
        : items;
    }
    case FieldMetadataType.NUMBER: {
      const number = coerceScalarValue(leaf, value, label);

      if (isIntegerNumberField(field) && !Number.isInteger(number)) {
        throw invalidArgument(`${label} must be an integer`);
      }

      assertStorableNumber('NUMBER', number as number, label);

      return number;
    }
    default:
      return coerceScalarValue(leaf, value, label);
  }
};
