import { describe, expect, it } from 'vitest';

import { takeSignInRedirect } from '../take-sign-in-redirect.util';

describe('takeSignInRedirect', () => {
  it('should take the token out of the address, keeping path, query and history state', () => {
    window.history.replaceState(
      { from: 'twenty' },
      '',
      '/settings/mcp/?lang=fr#twentyAccessToken=a.b.c',
    );
    const historyLength = window.history.length;

    expect(takeSignInRedirect()).toEqual({ kind: 'token', token: 'a.b.c' });
    expect(window.location.href).toBe(
      'http://127.0.0.1:3100/settings/mcp/?lang=fr',
    );
    expect(window.history.state).toEqual({ from: 'twenty' });
    expect(window.history.length).toBe(historyLength);
  });

  it('should take the error out of the address', () => {
    window.history.replaceState(null, '', '/settings/mcp/#signInError=refused');

    expect(takeSignInRedirect()).toEqual({
      kind: 'error',
      message: 'Twenty did not accept this sign-in. Sign in again.',
    });
    expect(window.location.href).toBe('http://127.0.0.1:3100/settings/mcp/');
  });

  it('should leave any other fragment where it is', () => {
    window.history.replaceState(null, '', '/settings/mcp/tokens#new');

    expect(takeSignInRedirect()).toBeNull();
    expect(window.location.hash).toBe('#new');
  });
});
