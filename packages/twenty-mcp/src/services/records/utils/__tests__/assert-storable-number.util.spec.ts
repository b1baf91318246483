import { assertStorableNumber } from '../assert-storable-number.util';

describe('assertStorableNumber', () => {
  it.each([0, -1.5, 9007199254740991, -9007199254740991])(
    'should accept NUMBER %s',
    (value) => {
      expect(() => assertStorableNumber('NUMBER', value, '"n"')).not.toThrow();
    },
  );

  it.each([9007199254740992, -1e308, 1e308])(
    'should refuse NUMBER %s, naming the range',
    (value) => {
      expect(() => assertStorableNumber('NUMBER', value, '"n"')).toThrow(
        '"n" must be between -9007199254740991 and 9007199254740991',
      );
    },
  );

  it('should accept micros up to a signed 64-bit integer, and refuse beyond', () => {
    expect(() =>
      assertStorableNumber('CURRENCY_AMOUNT', '-9223372036854775807', '"a"'),
    ).not.toThrow();
    expect(() =>
      assertStorableNumber('CURRENCY_AMOUNT', '9223372036854775808', '"a"'),
    ).toThrow(
      '"a" must be between -9223372036854.775807 and 9223372036854.775807 currency units',
    );
    expect(() =>
      assertStorableNumber('CURRENCY_AMOUNT', `1${'0'.repeat(314)}`, '"a"'),
    ).toThrow(/currency units/);
  });
});
