import { describe, expect, it } from 'vitest';

import { readTwentySignInUrl } from '../read-twenty-sign-in-url.util';

// As the server serves index.html; test/setup-tests.ts removes both tags.
const serve = ({ basePath, signIn }: { basePath: string; signIn?: string }) => {
  const base = document.createElement('base');

  base.href = basePath;
  document.head.append(base);

  if (signIn !== undefined) {
    const meta = document.createElement('meta');

    meta.name = 'twenty-mcp-twenty-sign-in';
    meta.content = signIn;
    document.head.append(meta);
  }
};

describe('readTwentySignInUrl', () => {
  it('should resolve the meta tag against the page’s base href', () => {
    serve({ basePath: '/admin/ai/mcp/', signIn: 'auth/twenty' });

    expect(readTwentySignInUrl()).toBe(
      'http://127.0.0.1:3100/admin/ai/mcp/auth/twenty',
    );
  });

  it('should be null without the meta tag or with an empty one', () => {
    serve({ basePath: '/settings/mcp/' });
    expect(readTwentySignInUrl()).toBeNull();

    serve({ basePath: '/settings/mcp/', signIn: '  ' });
    expect(readTwentySignInUrl()).toBeNull();
  });

  it('should refuse a URL that is not a web page', () => {
    serve({ basePath: '/settings/mcp/', signIn: 'javascript:alert(1)' });

    expect(readTwentySignInUrl()).toBeNull();
  });
});
