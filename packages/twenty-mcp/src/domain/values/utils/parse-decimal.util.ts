import { type ParsedDecimal } from '../types/parsed-decimal.type';

const DECIMAL_PATTERN = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

// Far beyond any CRM value; keeps `1e999999999` from becoming a huge string.
const MAX_DIGITS = 1000;

// A finite number or decimal string, exactly: no float arithmetic, so
// `1250.5` and `"0.000001"` keep every digit. Null when not a decimal.
export const parseDecimal = (value: number | string): ParsedDecimal | null => {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return null;
  }

  const match = DECIMAL_PATTERN.exec(String(value).trim());

  if (!match || (match[2] === '' && (match[3] ?? '') === '')) {
    return null;
  }

  const [, sign, integerPart, fractionPart = '', exponentPart = '0'] = match;
  const allDigits = `${integerPart}${fractionPart}`.replace(/^0+/, '');
  const trailingZeros = /0*$/.exec(allDigits)?.[0].length ?? 0;
  const digits = allDigits.slice(0, allDigits.length - trailingZeros);
  const exponent = Number(exponentPart) - fractionPart.length + trailingZeros;

  if (
    digits.length > MAX_DIGITS ||
    (digits !== '' && Math.abs(exponent) > MAX_DIGITS)
  ) {
    return null;
  }

  return {
    negative: sign === '-' && digits !== '',
    digits,
    exponent: digits === '' ? 0 : exponent,
  };
};
