import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { type EncodedColumn } from '../../../domain/records/types/encoded-column.type';
import { type FieldInputContext } from '../../../domain/records/types/field-input-context.type';
import { type FieldLeaf } from '../../../domain/records/types/field-leaf.type';
import { coerceScalarValue } from './coerce-scalar-value.util';
import { formatNameList } from '../../../domain/exceptions/utils/format-name-list.util';
import { getFieldLeaves } from '../../../domain/records/utils/get-field-leaves.util';
import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';
import { isPlainObject } from '../../../domain/values/utils/is-plain-object.util';
import { validateJsonSubField } from './validate-json-sub-field.util';

const CURRENCY_CODE = /^[A-Z]{3}$/;

// A composite input → the sub-columns it names, and only those: an update
// of `{ lastName }` leaves `firstName` alone. null clears every sub-field.
export const encodeCompositeInput = (
  { object, field, key }: FieldInputContext,
  value: unknown,
): EncodedColumn[] => {
  const leaves = getFieldLeaves(object, field);
  const describe = ({ column, kind, enumTypeName }: FieldLeaf) => ({
    column,
    kind,
    enumTypeName,
  });

  if (value === null) {
    return leaves.map((leaf) => ({ ...describe(leaf), value: null }));
  }

  const subFields = leaves.map((leaf) => leaf.subField ?? '');

  if (!isPlainObject(value)) {
    throw invalidArgument(
      `"${key}" must be an object with: ${formatNameList(subFields)}`,
    );
  }

  return Object.entries(value).map(([subField, raw]): EncodedColumn => {
    const leaf = leaves.find((candidate) => candidate.subField === subField);
    const label = `"${key}.${subField}"`;

    if (!leaf) {
      throw invalidArgument(
        `Unknown sub-field "${subField}" of "${key}". Use: ${formatNameList(subFields)}`,
      );
    }

    const column = describe(leaf);

    if (leaf.kind === 'JSON') {
      return { ...column, value: validateJsonSubField(subField, raw, label) };
    }

    if (raw === null) {
      return { ...column, value: null };
    }

    if (
      field.type === FieldMetadataType.CURRENCY &&
      subField === 'currencyCode' &&
      !(typeof raw === 'string' && CURRENCY_CODE.test(raw))
    ) {
      throw invalidArgument(`${label} must be an ISO 4217 code such as "USD"`);
    }

    // Composite scalars are text, numeric (as text), enums and uuids.
    return { ...column, value: String(coerceScalarValue(leaf, raw, label)) };
  });
};
