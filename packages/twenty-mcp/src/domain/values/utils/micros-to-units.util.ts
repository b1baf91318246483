import { CURRENCY_MICROS_SCALE } from '../../records/constants/currency-micros-scale.const';
import { formatDecimal } from './format-decimal.util';
import { parseDecimal } from './parse-decimal.util';

// `"1250500000"` (NUMERIC text from pg) → 1250.5; exact up to the
// precision of a JS number.
export const microsToUnits = (value: unknown): number | null => {
  if (value === null || value === undefined) {
    return null;
  }

  const parsed = parseDecimal(
    typeof value === 'number' ? value : String(value),
  );

  if (!parsed) {
    return null;
  }

  return Number(
    formatDecimal({
      ...parsed,
      exponent: parsed.exponent - CURRENCY_MICROS_SCALE,
    }),
  );
};
