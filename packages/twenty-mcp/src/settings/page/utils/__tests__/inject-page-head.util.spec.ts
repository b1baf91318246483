import { injectPageHead } from '../inject-page-head.util';

describe('injectPageHead', () => {
  it('should put <base> first in <head>, before any relative URL', () => {
    expect(
      injectPageHead(
        '<html><head lang="en"><script src="./assets/a.js"></script></head></html>',
        { baseHref: '/settings/mcp/' },
      ),
    ).toBe(
      '<html><head lang="en"><base href="/settings/mcp/" /><script src="./assets/a.js"></script></head></html>',
    );
  });

  it('should add meta tags after <base>', () => {
    expect(
      injectPageHead('<head></head>', {
        baseHref: '/s/',
        meta: { 'twenty-mcp-twenty-sign-in': 'auth/twenty' },
      }),
    ).toBe(
      '<head><base href="/s/" /><meta name="twenty-mcp-twenty-sign-in" content="auth/twenty" /></head>',
    );
  });

  it('should escape values as attribute values', () => {
    expect(
      injectPageHead('<head></head>', {
        baseHref: '/a"><script>/',
        meta: { x: '"><b>' },
      }),
    ).toBe(
      '<head><base href="/a&quot;&gt;&lt;script&gt;/" /><meta name="x" content="&quot;&gt;&lt;b&gt;" /></head>',
    );
  });
});
