import { CURRENCY_MICROS_SCALE } from '../../records/constants/currency-micros-scale.const';
import { formatDecimal } from './format-decimal.util';
import { invalidArgument } from '../../exceptions/utils/invalid-argument.util';
import { parseDecimal } from './parse-decimal.util';

// `1250.5` → `"1250500000"`, by moving the decimal point (never x * 1e6,
// which turns 1.005 into 1004999.9999999999).
export const unitsToMicros = (value: unknown, label: string): string => {
  const parsed =
    typeof value === 'number' || typeof value === 'string'
      ? parseDecimal(value)
      : null;

  if (!parsed) {
    throw invalidArgument(
      `${label} must be an amount in currency units, e.g. 1250.5`,
    );
  }

  const exponent = parsed.exponent + CURRENCY_MICROS_SCALE;

  if (exponent < 0) {
    throw invalidArgument(
      `${label} has more than ${CURRENCY_MICROS_SCALE} decimal places`,
    );
  }

  return formatDecimal({ ...parsed, exponent });
};
