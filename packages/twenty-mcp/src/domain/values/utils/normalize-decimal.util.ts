import { formatDecimal } from './format-decimal.util';
import { parseDecimal } from './parse-decimal.util';

// A NUMERIC input (number or string) as exact decimal text, or null.
export const normalizeDecimal = (value: unknown): string | null => {
  if (typeof value !== 'number' && typeof value !== 'string') {
    return null;
  }

  const parsed = parseDecimal(value);

  return parsed ? formatDecimal(parsed) : null;
};
