import { readCookie } from '../read-cookie.util';

describe('readCookie', () => {
  it('should read one cookie among several', () => {
    expect(
      readCookie('a=1; twenty_mcp_sign_in=abc; b=2', 'twenty_mcp_sign_in'),
    ).toBe('abc');
  });

  it('should not take a cookie whose name only ends like the one asked for', () => {
    expect(readCookie('xtwenty=1', 'twenty')).toBeUndefined();
  });

  it('should keep "=" inside the value and take the first of duplicates', () => {
    expect(readCookie('t=a=b; t=c', 't')).toBe('a=b');
  });

  it('should read joined header lines and answer undefined without a header', () => {
    expect(readCookie(['a=1', 't=2'], 't')).toBe('2');
    expect(readCookie(undefined, 't')).toBeUndefined();
  });
});
