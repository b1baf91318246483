import { injectBaseHref } from '../inject-base-href.util';

describe('injectBaseHref', () => {
  it('should put <base> first in <head>, before any relative URL', () => {
    expect(
      injectBaseHref(
        '<html><head lang="en"><script src="./assets/a.js"></script></head></html>',
        '/settings/mcp/',
      ),
    ).toBe(
      '<html><head lang="en"><base href="/settings/mcp/" /><script src="./assets/a.js"></script></head></html>',
    );
  });

  it('should escape the path as an attribute value', () => {
    expect(injectBaseHref('<head></head>', '/a"><script>/')).toBe(
      '<head><base href="/a&quot;&gt;&lt;script&gt;/" /></head>',
    );
  });
});
