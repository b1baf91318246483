import { type AuthFailureLimit } from '../types/auth-failure-limit.type';

// Generous for a misconfigured client retrying, useless for guessing.
export const DEFAULT_AUTH_FAILURE_LIMIT: AuthFailureLimit = {
  attempts: 20,
  windowSeconds: 60,
};
