import { median } from '../median.util';

describe('median', () => {
  it('should take the middle value of an odd count, in any order', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it('should average the middle two of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('should refuse no values', () => {
    expect(() => median([])).toThrow('no values');
  });
});
