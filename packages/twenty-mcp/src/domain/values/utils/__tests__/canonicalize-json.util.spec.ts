import { canonicalizeJson } from '../canonicalize-json.util';

describe('canonicalizeJson', () => {
  it('should sort keys at every depth and drop undefined members', () => {
    expect(
      canonicalizeJson({
        b: 1,
        a: { d: [1, { z: true, y: null }], c: 'x' },
        u: undefined,
      }),
    ).toBe('{"a":{"c":"x","d":[1,{"y":null,"z":true}]},"b":1}');
    expect(canonicalizeJson({ a: 1, b: 2 })).toBe(
      canonicalizeJson({ b: 2, a: 1 }),
    );
  });

  it('should keep array order, which may mean something', () => {
    expect(canonicalizeJson([2, 1])).not.toBe(canonicalizeJson([1, 2]));
  });

  it('should write dates as ISO text and undefined array items as null', () => {
    expect(
      canonicalizeJson([new Date('2026-12-07T10:00:00Z'), undefined]),
    ).toBe('["2026-12-07T10:00:00.000Z",null]');
  });
});
