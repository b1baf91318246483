import { normalizeDecimal } from '../normalize-decimal.util';

describe('normalizeDecimal', () => {
  it.each([
    ['1234.567', '1234.567'],
    [1234.567, '1234.567'],
    ['+0012.3400', '12.34'],
    ['.5', '0.5'],
    ['5.', '5'],
    [-0.000123, '-0.000123'],
    [1e-7, '0.0000001'],
    [2e21, '2000000000000000000000'],
    ['12345678901234567890.123456789', '12345678901234567890.123456789'],
  ])('should normalise %p to %p', (input, expected) => {
    expect(normalizeDecimal(input)).toBe(expected);
  });

  it.each([
    ['1,5'],
    ['abc'],
    ['.'],
    [''],
    [Number.NaN],
    [null],
    [true],
    ['1e1001'],
  ])('should reject %p', (input) => {
    expect(normalizeDecimal(input)).toBeNull();
  });
});
