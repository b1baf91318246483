import { parseBrowserOrigin } from '../parse-browser-origin.util';

describe('parseBrowserOrigin', () => {
  it('should parse a page origin', () => {
    expect(parseBrowserOrigin('https://crm.example.com:8443')?.host).toBe(
      'crm.example.com:8443',
    );
  });

  it('should refuse the null origin, opaque origins and garbage', () => {
    expect(parseBrowserOrigin('null')).toBeNull();
    expect(parseBrowserOrigin('file:///etc/passwd')).toBeNull();
    expect(parseBrowserOrigin('not a url')).toBeNull();
  });
});
