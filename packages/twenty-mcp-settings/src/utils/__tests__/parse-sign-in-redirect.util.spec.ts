import { describe, expect, it } from 'vitest';

import { parseSignInRedirect } from '../parse-sign-in-redirect.util';

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJl';

describe('parseSignInRedirect', () => {
  it('should read the access token Twenty’s sign-in gave', () => {
    expect(
      parseSignInRedirect(`#twentyAccessToken=${encodeURIComponent(JWT)}`),
    ).toEqual({ kind: 'token', token: JWT });
  });

  it('should say what each error code means, in the page’s own words', () => {
    expect(parseSignInRedirect('#signInError=cancelled')).toEqual({
      kind: 'error',
      message: 'Signing in with Twenty was cancelled.',
    });
    expect(parseSignInRedirect('#signInError=expired')).toEqual({
      kind: 'error',
      message: 'This sign-in has expired or was already used. Sign in again.',
    });
  });

  it('should never show text a link brings, only a generic failure', () => {
    for (const hash of [
      `#signInError=${encodeURIComponent('Call +1 555 0100 to restore your account')}`,
      '#signInError=',
      '#signInError=toString',
    ]) {
      expect(parseSignInRedirect(hash)).toEqual({
        kind: 'error',
        message: 'Signing in with Twenty failed. Sign in again.',
      });
    }
  });

  it('should let an error win over a token sent with it', () => {
    expect(
      parseSignInRedirect(`#twentyAccessToken=${JWT}&signInError=cancelled`),
    ).toEqual({
      kind: 'error',
      message: 'Signing in with Twenty was cancelled.',
    });
  });

  it('should ignore any other fragment and an empty token', () => {
    expect(parseSignInRedirect('')).toBeNull();
    expect(parseSignInRedirect('#')).toBeNull();
    expect(parseSignInRedirect('#section-2')).toBeNull();
    expect(parseSignInRedirect('#accessToken=abc')).toBeNull();
    expect(parseSignInRedirect('#twentyAccessToken=')).toBeNull();
  });
});
