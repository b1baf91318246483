import { type SignInRedirect } from '../types/sign-in-redirect.type';
import { parseSignInRedirect } from './parse-sign-in-redirect.util';

// Reads the outcome of Twenty's sign-in from the address and removes it, so
// the access token stays neither in the address bar nor in the history.
export const takeSignInRedirect = (
  location: Pick<Location, 'hash' | 'pathname' | 'search'> = window.location,
  history: Pick<History, 'state' | 'replaceState'> = window.history,
): SignInRedirect | null => {
  const redirect = parseSignInRedirect(location.hash);

  if (redirect) {
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${location.search}`,
    );
  }

  return redirect;
};
