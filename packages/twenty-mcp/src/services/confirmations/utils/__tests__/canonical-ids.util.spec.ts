import { canonicalIds } from '../canonical-ids.util';

const A = '0000000a-0000-4000-8000-000000000000';
const B = '0000000b-0000-4000-8000-000000000000';

describe('canonicalIds', () => {
  it('should treat ids as a set: lower case, each once, sorted', () => {
    expect(canonicalIds([B, A.toUpperCase(), A])).toEqual([A, B]);
    expect(canonicalIds([A, B])).toEqual(canonicalIds([B, A]));
  });
});
