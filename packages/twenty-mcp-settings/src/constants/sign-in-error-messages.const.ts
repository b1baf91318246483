// What the page says for each error code the server sends back after
// Twenty's sign-in. Codes, not text: a crafted link cannot put words of its
// own on the page.
export const SIGN_IN_ERROR_MESSAGES: Readonly<Record<string, string>> = {
  cancelled: 'Signing in with Twenty was cancelled.',
  expired: 'This sign-in has expired or was already used. Sign in again.',
  refused: 'Twenty did not accept this sign-in. Sign in again.',
  incomplete: 'Twenty did not complete the sign-in. Sign in again.',
  unavailable:
    'Twenty cannot be reached to sign you in right now. Try again later, or ask your administrator to check the MCP server’s log and its TWENTY_SERVER_URL.',
};

export const DEFAULT_SIGN_IN_ERROR_MESSAGE =
  'Signing in with Twenty failed. Sign in again.';
