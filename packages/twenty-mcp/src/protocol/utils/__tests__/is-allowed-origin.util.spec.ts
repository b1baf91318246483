import { isAllowedOrigin } from '../is-allowed-origin.util';

describe('isAllowedOrigin', () => {
  it('should let non-browser clients (no Origin) and loopback pages through', () => {
    expect(isAllowedOrigin(null, [])).toBe(true);
    expect(isAllowedOrigin('http://localhost:5173', [])).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:3000', [])).toBe(true);
    expect(isAllowedOrigin('http://[::1]:3000', [])).toBe(true);
  });

  it('should refuse other origins, the null origin and garbage', () => {
    expect(isAllowedOrigin('https://evil.example', [])).toBe(false);
    expect(isAllowedOrigin('null', [])).toBe(false);
    expect(isAllowedOrigin('not a url', [])).toBe(false);
    expect(isAllowedOrigin('http://localhost.evil.example', [])).toBe(false);
  });

  it('should accept configured origins by origin or hostname', () => {
    expect(
      isAllowedOrigin('https://crm.example.com', ['https://crm.example.com']),
    ).toBe(true);
    expect(
      isAllowedOrigin('https://crm.example.com:8443', ['crm.example.com']),
    ).toBe(true);
    expect(
      isAllowedOrigin('http://crm.example.com', ['https://crm.example.com']),
    ).toBe(false);
  });
});
