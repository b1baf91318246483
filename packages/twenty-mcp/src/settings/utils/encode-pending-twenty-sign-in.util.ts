import { type PendingTwentySignIn } from '../types/pending-twenty-sign-in.type';

// The cookie value: base64url JSON. Nothing in it is secret from the browser
// that holds it — the PKCE verifier only ever proves that browser's own
// sign-in — so it needs no server key, only to be read back strictly.
export const encodePendingTwentySignIn = (
  pending: PendingTwentySignIn,
): string => Buffer.from(JSON.stringify(pending)).toString('base64url');
