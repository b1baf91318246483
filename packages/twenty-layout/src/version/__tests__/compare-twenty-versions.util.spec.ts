import { compareTwentyVersions } from '../compare-twenty-versions.util';

describe(compareTwentyVersions.name, () => {
  it.each([
    ['2.5.0', '2.13.0', -1],
    ['2.32.0', '2.32.0', 0],
    ['2.40.1', '2.40.0', 1],
    ['10.0.0', '9.99.99', 1],
    ['2.5', '2.5.0', 0],
  ])('should order %s against %s as %i', (left, right, expected) => {
    expect(compareTwentyVersions(left, right)).toBe(expected);
  });
});
