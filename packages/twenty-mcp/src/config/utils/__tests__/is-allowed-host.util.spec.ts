import { isAllowedHost } from '../is-allowed-host.util';

describe('isAllowedHost', () => {
  const allowed = ['localhost', '127.0.0.1', '[::1]'];

  it('should accept allowed hostnames with any port, case-insensitively', () => {
    expect(isAllowedHost('127.0.0.1:3000', allowed)).toBe(true);
    expect(isAllowedHost('LOCALHOST', allowed)).toBe(true);
    expect(isAllowedHost('[::1]:80', allowed)).toBe(true);
  });

  it('should refuse other and missing hosts unless any host is allowed', () => {
    expect(isAllowedHost('attacker.example:3000', allowed)).toBe(false);
    expect(isAllowedHost(null, allowed)).toBe(false);
    expect(isAllowedHost('anything', ['*'])).toBe(true);
  });
});
