import { areLooselyEqual } from '../are-loosely-equal.util';

describe('areLooselyEqual', () => {
  it.each([
    [null, undefined, true],
    [null, 0, false],
    [undefined, '', false],
    [12, '12', true],
    ['12.0', 12, true],
    ['', 0, true],
    [true, 1, true],
    [false, '0', true],
    [true, 'true', false],
    [['a', 'b'], 'a,b', true],
    [[12], 12, true],
    [{ a: 1 }, '[object Object]', true],
    [{ a: 1 }, { a: 1 }, false],
    ['a', 'a', true],
    ['a', 'b', false],
  ])('%j == %j is %s', (left, right, expected) => {
    expect(areLooselyEqual(left, right)).toBe(expected);
    expect(areLooselyEqual(right, left)).toBe(expected);
  });
});
