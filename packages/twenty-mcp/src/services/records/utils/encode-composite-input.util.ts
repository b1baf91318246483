import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { formatNameList } from '../../../domain/exceptions/utils/format-name-list.util';
import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';
import { getFieldLeaves } from '../../../domain/records/utils/get-field-leaves.util';
import { isPlainObject } from '../../../domain/values/utils/is-plain-object.util';
import { type FieldInputContext } from '../types/field-input-context.type';
import { assertStorableNumber } from './assert-storable-number.util';
import { coerceScalarValue } from './coerce-scalar-value.util';
import { validateJsonSubField } from './validate-json-sub-field.util';

const CURRENCY_CODE = /^[A-Z]{3}$/;

// A composite input → the stored properties it names, and only those: an
// update of `{ lastName }` leaves `firstName` alone. null clears every
// sub-field.
export const encodeCompositeInput = (
  { field, key }: FieldInputContext,
  value: unknown,
): Record<string, unknown> => {
  const leaves = getFieldLeaves(field);

  if (value === null) {
    return Object.fromEntries(leaves.map((leaf) => [leaf.property, null]));
  }

  const subFields = leaves.map((leaf) => leaf.subField ?? '');

  if (!isPlainObject(value)) {
    throw invalidArgument(
      `"${key}" must be an object with: ${formatNameList(subFields)}`,
    );
  }

  return Object.fromEntries(
    Object.entries(value).map(([subField, raw]) => {
      const leaf = leaves.find((candidate) => candidate.subField === subField);
      const label = `"${key}.${subField}"`;

      if (!leaf?.property) {
        throw invalidArgument(
          `Unknown sub-field "${subField}" of "${key}". Use: ${formatNameList(subFields)}`,
        );
      }

      if (leaf.kind === 'JSON') {
        return [leaf.property, validateJsonSubField(subField, raw, label)];
      }

      if (raw === null) {
        return [leaf.property, null];
      }

      if (
        field.type === FieldMetadataType.CURRENCY &&
        subField === 'currencyCode' &&
        !(typeof raw === 'string' && CURRENCY_CODE.test(raw))
      ) {
        throw invalidArgument(
          `${label} must be an ISO 4217 code such as "USD"`,
        );
      }

      // Composite scalars are text, numeric (as text), enums and uuids.
      const stored = String(coerceScalarValue(leaf, raw, label));

      if (leaf.kind === 'CURRENCY_AMOUNT') {
        assertStorableNumber('CURRENCY_AMOUNT', stored, label);
      }

      return [leaf.property, stored];
    }),
  );
};
