// The fragment parameters the server sends the browser back with after
// Twenty's sign-in. A fragment never reaches a server or a Referer header.
export const SIGN_IN_REDIRECT_PARAMS = {
  accessToken: 'twentyAccessToken',
  error: 'signInError',
} as const;
