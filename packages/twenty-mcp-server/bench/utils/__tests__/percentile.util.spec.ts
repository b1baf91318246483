import { percentile } from '../percentile.util';

describe('percentile', () => {
  const samples = Array.from({ length: 100 }, (_, index) => index + 1);

  it('should take the nearest rank', () => {
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile([3, 7, 9], 50)).toBe(7);
  });

  it('should clamp to the first and last samples', () => {
    expect(percentile(samples, 0)).toBe(1);
    expect(percentile(samples, 100)).toBe(100);
  });

  it('should refuse an empty sample', () => {
    expect(() => percentile([], 50)).toThrow('no samples');
  });
});
