import {
  DEFAULT_SIGN_IN_ERROR_MESSAGE,
  SIGN_IN_ERROR_MESSAGES,
} from '../constants/sign-in-error-messages.const';
import { SIGN_IN_REDIRECT_PARAMS } from '../constants/sign-in-redirect-params.const';
import { type SignInRedirect } from '../types/sign-in-redirect.type';

// The outcome of Twenty's sign-in in a URL fragment ("#twentyAccessToken=…"
// or "#signInError=<code>"), or null for any other fragment. An error wins over a
// token: a redirect carrying both is not one the server sends.
export const parseSignInRedirect = (hash: string): SignInRedirect | null => {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const errorCode = params.get(SIGN_IN_REDIRECT_PARAMS.error);
  const token = params.get(SIGN_IN_REDIRECT_PARAMS.accessToken)?.trim();

  if (errorCode !== null) {
    return {
      kind: 'error',
      message: Object.hasOwn(SIGN_IN_ERROR_MESSAGES, errorCode)
        ? SIGN_IN_ERROR_MESSAGES[errorCode]
        : DEFAULT_SIGN_IN_ERROR_MESSAGE,
    };
  }

  return token ? { kind: 'token', token } : null;
};
