import { type PendingTwentySignIn } from '../types/pending-twenty-sign-in.type';

const isNonEmptyString = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= 512;

// The pending sign-in a cookie carries, or null for anything else.
export const decodePendingTwentySignIn = (
  value: string | undefined,
): PendingTwentySignIn | null => {
  if (!value || value.length > 4096) {
    return null;
  }

  let parsed: unknown;

  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    return null;
  }

  if (parsed === null || typeof parsed !== 'object') {
    return null;
  }

  const { state, verifier, clientId, expiresAt } = parsed as Record<
    string,
    unknown
  >;

  if (
    !isNonEmptyString(state) ||
    !isNonEmptyString(verifier) ||
    !isNonEmptyString(clientId) ||
    typeof expiresAt !== 'number' ||
    !Number.isFinite(expiresAt)
  ) {
    return null;
  }

  return { state, verifier, clientId, expiresAt };
};
