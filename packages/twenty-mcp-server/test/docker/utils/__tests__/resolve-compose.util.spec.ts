import { describe, expect, it } from '@jest/globals';

import {
  interpolate,
  parseDotEnv,
  readVariables,
} from '../resolve-compose.util';

// Compose's documented interpolation rules, so the overlay test cannot pass
// on a resolver that gets them wrong.
describe('interpolate', () => {
  const env = { SET: 'value', EMPTY: '' };

  it.each([
    ['${SET}', 'value'],
    ['$SET/x', 'value/x'],
    ['${UNSET}', ''],
    ['${UNSET:-fallback}', 'fallback'],
    ['${EMPTY:-fallback}', 'fallback'],
    ['${EMPTY-fallback}', ''],
    ['${UNSET-fallback}', 'fallback'],
    ['${SET:-fallback}', 'value'],
    ['${SET:+alt}', 'alt'],
    ['${EMPTY:+alt}', ''],
    ['${EMPTY+alt}', 'alt'],
    ['$$SET', '$SET'],
    ['a${SET}b${UNSET:-c}d', 'avaluebcd'],
  ])('%s → %s', (text, expected) => {
    expect(interpolate(text, env)).toBe(expected);
  });

  it('fails on a required variable that is missing', () => {
    expect(() => interpolate('${UNSET:?set it}', env)).toThrow('UNSET: set it');
    expect(() => interpolate('${EMPTY:?set it}', env)).toThrow('EMPTY');
    expect(interpolate('${EMPTY?set it}', env)).toBe('');
  });
});

describe('readVariables', () => {
  it('names each variable with its kind of fallback', () => {
    expect(readVariables('${A:-x} $B ${C:?m} $$D')).toEqual([
      { name: 'A', hasFallback: true, required: false },
      { name: 'B', hasFallback: false, required: false },
      { name: 'C', hasFallback: false, required: true },
    ]);
  });
});

describe('parseDotEnv', () => {
  it('reads assignments, skips comments and strips quotes', () => {
    expect(parseDotEnv('# c\nA=1\n#B=2\nC="x y"\nD=a=b\n\nE=\'q\'')).toEqual({
      A: '1',
      C: 'x y',
      D: 'a=b',
      E: 'q',
    });
  });
});
