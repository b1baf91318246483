import { describe, expect, it } from 'vitest';

import { isWholeNumberInRange } from '../is-whole-number-in-range.util';

describe('isWholeNumberInRange', () => {
  it('should accept whole numbers within the bounds, bounds included', () => {
    expect(isWholeNumberInRange('0', { min: 0, max: 10 })).toBe(true);
    expect(isWholeNumberInRange('10', { min: 0, max: 10 })).toBe(true);
  });

  it.each(['', '-1', '1.5', '1e3', ' 1', 'abc', '11'])(
    'should refuse "%s"',
    (text) => {
      expect(isWholeNumberInRange(text, { min: 0, max: 10 })).toBe(false);
    },
  );
});
