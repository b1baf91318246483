import { uuidToBase36 } from '../uuid-to-base36.util';

describe('uuidToBase36', () => {
  it('should write the uuid as one base-36 integer', () => {
    const uuid = '20202020-1c25-4d02-bf25-6aeccf7ea419';
    const expected = BigInt('0x202020201c254d02bf256aeccf7ea419').toString(36);

    expect(uuidToBase36(uuid)).toBe(expected);
  });

  it('should use lower-case digits and letters only', () => {
    expect(uuidToBase36('ffffffff-ffff-ffff-ffff-ffffffffffff')).toBe(
      'f5lxx1zz5pnorynqglhzmsp33',
    );
  });

  it('should keep leading zeros out, as BigInt#toString does', () => {
    expect(uuidToBase36('00000000-0000-0000-0000-000000000024')).toBe('10');
  });

  it('should refuse a value that is not a uuid', () => {
    expect(() => uuidToBase36('not-a-uuid')).toThrow('is not a uuid');
  });
});
