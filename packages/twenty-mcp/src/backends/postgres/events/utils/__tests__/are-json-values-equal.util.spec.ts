import { areJsonValuesEqual } from '../are-json-values-equal.util';

describe('areJsonValuesEqual', () => {
  it.each([
    ['a', 'a', true],
    ['a', 'A', false],
    [1, '1', false],
    [null, undefined, false],
    [['a', ['b']], ['a', ['b']], true],
    [['a', 'b'], ['b', 'a'], false],
    [{ a: 1, b: [null] }, { b: [null], a: 1 }, true],
    [{ a: 1 }, { a: 1, b: 2 }, false],
    [{ a: undefined }, { b: undefined }, false],
    [[], {}, false],
  ])('%j and %j → %s', (left, right, expected) => {
    expect(areJsonValuesEqual(left, right)).toBe(expected);
    expect(areJsonValuesEqual(right, left)).toBe(expected);
  });
});
