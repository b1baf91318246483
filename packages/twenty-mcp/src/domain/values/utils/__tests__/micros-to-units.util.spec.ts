import { microsToUnits } from '../micros-to-units.util';
import { unitsToMicros } from '../units-to-micros.util';

describe('microsToUnits', () => {
  it.each([
    ['1250500000', 1250.5],
    ['290000', 0.29],
    ['1', 0.000001],
    ['-42100000', -42.1],
    ['0', 0],
    ['123.5', 0.0001235],
    ['211199000000', 211199],
    [579000000, 579],
  ])('should convert %p micros to %p units', (micros, units) => {
    expect(microsToUnits(micros)).toBe(units);
  });

  it('should return null for null', () => {
    expect(microsToUnits(null)).toBeNull();
    expect(microsToUnits(undefined)).toBeNull();
  });

  it('should round trip with unitsToMicros', () => {
    for (const units of [
      0.01, 0.1, 0.29, 19.99, 1250.5, 99999999.999999, -7.000001,
    ]) {
      expect(microsToUnits(unitsToMicros(units, 'x'))).toBe(units);
    }
  });
});
