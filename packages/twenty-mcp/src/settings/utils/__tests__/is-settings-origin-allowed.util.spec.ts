import { isSettingsOriginAllowed } from '../is-settings-origin-allowed.util';

describe('isSettingsOriginAllowed', () => {
  const rules = {
    allowedOrigins: ['https://crm.example.com', 'https://admin.example.com'],
    allowedHosts: ['localhost', '127.0.0.1', 'crm.example.com'],
  };
  const allowed = (origin: string | undefined, host = 'crm.example.com') =>
    isSettingsOriginAllowed({ origin, host, ...rules });

  it('should let requests without Origin and allowed origins through', () => {
    expect(allowed(undefined)).toBe(true);
    expect(allowed('https://crm.example.com')).toBe(true);
    expect(allowed('https://admin.example.com', '10.0.0.5:3100')).toBe(true);
  });

  it('should let the page served by this server under another allowed host name through', () => {
    expect(allowed('http://localhost:3100', 'localhost:3100')).toBe(true);
  });

  it('should refuse foreign, rebound, null and malformed origins', () => {
    expect(allowed('https://evil.example')).toBe(false);
    // DNS rebinding: same origin as Host, but a host the server does not answer to.
    expect(allowed('http://evil.example:3100', 'evil.example:3100')).toBe(
      false,
    );
    expect(allowed('http://localhost:3100', 'localhost:3101')).toBe(false);
    expect(allowed('null')).toBe(false);
    expect(allowed('not a url')).toBe(false);
  });
});
