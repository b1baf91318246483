import { type FieldLeaf } from '../../../domain/records/types/field-leaf.type';
import { type FilterScalar } from '../../../domain/records/types/filter-value.type';
import { describeExpectedValue } from './describe-expected-value.util';
import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';
import { isUuid } from '../../../domain/values/utils/is-uuid.util';
import { isValidIsoDate } from '../../../domain/values/utils/is-valid-iso-date.util';
import { normalizeDecimal } from '../../../domain/values/utils/normalize-decimal.util';
import { normalizeIsoDateTime } from '../../../domain/values/utils/normalize-iso-date-time.util';
import { unitsToMicros } from '../../../domain/values/utils/units-to-micros.util';

const coerce = (
  leaf: Pick<FieldLeaf, 'kind' | 'options'>,
  raw: unknown,
  label: string,
): FilterScalar | undefined => {
  if (leaf.options) {
    return typeof raw === 'string' && leaf.options.includes(raw)
      ? raw
      : undefined;
  }

  switch (leaf.kind) {
    case 'TEXT':
    case 'ARRAY':
      return typeof raw === 'string' ? raw : undefined;
    case 'UUID':
      return isUuid(raw) ? raw.toLowerCase() : undefined;
    case 'NUMBER':
      return typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined;
    case 'NUMERIC':
      return normalizeDecimal(raw) ?? undefined;
    case 'CURRENCY_AMOUNT':
      return unitsToMicros(raw, label);
    case 'BOOLEAN':
      return typeof raw === 'boolean' ? raw : undefined;
    case 'DATE':
      return typeof raw === 'string' && isValidIsoDate(raw) ? raw : undefined;
    case 'DATE_TIME':
      return typeof raw === 'string'
        ? (normalizeIsoDateTime(raw) ?? undefined)
        : undefined;
    default:
      return undefined;
  }
};

// One typed value of a leaf, validated and converted for SQL (currency
// units → micros, uuids lower-case, dates normalised).
export const coerceScalarValue = (
  leaf: Pick<FieldLeaf, 'kind' | 'options'>,
  raw: unknown,
  label: string,
): FilterScalar => {
  const value = coerce(leaf, raw, label);

  if (value === undefined) {
    throw invalidArgument(`${label} must be ${describeExpectedValue(leaf)}`);
  }

  return value;
};
