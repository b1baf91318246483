import { QUERY_LIMITS } from '../../../domain/records/constants/query-limits.const';
import { type FieldLeaf } from '../../../domain/records/types/field-leaf.type';
import { type FilterOperator } from '../../../domain/records/types/filter-operator.type';
import { type FilterValue } from '../../../domain/records/types/filter-value.type';
import { coerceScalarValue } from './coerce-scalar-value.util';
import { formatLeafPath } from './format-leaf-path.util';
import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';
import { limitExceeded } from '../../../domain/exceptions/utils/limit-exceeded.util';

const coerceList = (
  leaf: FieldLeaf,
  raw: unknown,
  label: string,
): FilterValue => {
  if (!Array.isArray(raw)) {
    throw invalidArgument(`${label} must be an array`);
  }

  if (raw.length > QUERY_LIMITS.maxInValues) {
    throw limitExceeded(
      `${label} has ${raw.length} values; at most ${QUERY_LIMITS.maxInValues} are allowed`,
    );
  }

  return raw.map((item) =>
    coerceScalarValue(leaf, item, `Each value of ${label}`),
  );
};

// The value of one operator, checked against the leaf's type.
export const coerceFilterValue = (
  leaf: FieldLeaf,
  operator: FilterOperator,
  raw: unknown,
): FilterValue => {
  const label = `Filter "${formatLeafPath(leaf)}" ${operator}`;

  switch (operator) {
    case 'is':
      if (raw !== 'NULL' && raw !== 'NOT_NULL') {
        throw invalidArgument(`${label} takes "NULL" or "NOT_NULL"`);
      }

      return raw;
    case 'isEmptyArray':
      if (typeof raw !== 'boolean') {
        throw invalidArgument(`${label} takes true or false`);
      }

      return raw;
    case 'in':
    case 'containsAny':
      return coerceList(leaf, raw, label);
    case 'like':
    case 'ilike':
    case 'startsWith':
    case 'endsWith':
    case 'containsIlike':
      if (typeof raw !== 'string') {
        throw invalidArgument(`${label} must be a string`);
      }

      return raw;
    default:
      if (raw === null) {
        throw invalidArgument(`${label} cannot be null; use { "is": "NULL" }`);
      }

      return coerceScalarValue(leaf, raw, label);
  }
};
