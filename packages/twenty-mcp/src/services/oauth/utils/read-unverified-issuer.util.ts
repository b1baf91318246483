import { decodeJwt } from 'jose';

// Which authorization server a JWT claims to come from, before any check:
// only used to choose the verifier, never to trust the token.
export const readUnverifiedIssuer = (token: string): string | null => {
  try {
    const { iss } = decodeJwt(token);

    return typeof iss === 'string' ? iss : null;
  } catch {
    return null;
  }
};
