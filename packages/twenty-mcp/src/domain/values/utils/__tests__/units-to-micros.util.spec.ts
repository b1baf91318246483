import { TwentyMcpExceptionCode } from '../../../exceptions/twenty-mcp-exception-code.enum';
import { expectQueryError } from '../../../../../test/services/records/utils/expect-query-error.util';
import { unitsToMicros } from '../units-to-micros.util';

describe('unitsToMicros', () => {
  it.each([
    [1250.5, '1250500000'],
    [0.29, '290000'],
    [0.000001, '1'],
    [-42.1, '-42100000'],
    [0, '0'],
    [1e21, '1000000000000000000000000000'],
    [1.5e-6, null],
    ['1234.567891', '1234567891'],
    ['007.50', '7500000'],
    ['-0', '0'],
    ['1e3', '1000000000'],
    [123456789.123456, '123456789123456'],
  ])('should convert %p units exactly', (units, micros) => {
    if (micros === null) {
      expect(() => unitsToMicros(units, '"amount"')).toThrow(
        /more than 6 decimal places/,
      );
    } else {
      expect(unitsToMicros(units, '"amount"')).toBe(micros);
    }
  });

  it('should not use float multiplication', () => {
    // 1.005 * 1e6 === 1004999.9999999999 in IEEE doubles.
    expect(1.005 * 1e6).not.toBe(1005000);
    expect(unitsToMicros(1.005, 'x')).toBe('1005000');
  });

  it.each([
    ['abc'],
    [''],
    [Number.NaN],
    [Infinity],
    [true],
    [null],
    [{}],
    ['1e99999'],
  ])('should reject %p', async (value) => {
    await expectQueryError(
      () => unitsToMicros(value, '"amount.amount"'),
      TwentyMcpExceptionCode.INVALID_ARGUMENT,
      '"amount.amount" must be an amount in currency units, e.g. 1250.5',
    );
  });
});
