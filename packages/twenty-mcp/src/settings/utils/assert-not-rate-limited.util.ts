import { type AuthFailureLimiter } from '../../services/auth-failures/auth-failure-limiter.service';
import { settingsError } from './settings-error.util';

// An address that used up its failed attempts is refused before any
// credential is looked at.
export const assertNotRateLimited = async (
  failures: AuthFailureLimiter,
  clientAddress: string,
): Promise<void> => {
  const retryAfter = await failures.retryAfterSeconds(clientAddress);

  if (retryAfter !== null) {
    throw settingsError(
      'TOO_MANY_REQUESTS',
      `Too many failed sign-in attempts from this address; retry in ${retryAfter} s.`,
    );
  }
};
