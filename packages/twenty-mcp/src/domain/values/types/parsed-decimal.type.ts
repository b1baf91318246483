export type ParsedDecimal = {
  negative: boolean;
  // All significant digits, no leading or trailing zeros ('' for zero).
  digits: string;
  // The value is digits × 10^exponent.
  exponent: number;
};
