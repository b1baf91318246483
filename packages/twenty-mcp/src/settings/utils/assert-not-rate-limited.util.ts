import { TwentyMcpExceptionCode } from '../../domain/exceptions/twenty-mcp-exception-code.enum';
import { TwentyMcpException } from '../../domain/exceptions/twenty-mcp.exception';
import { type AuthFailureLimiter } from '../../services/auth-failures/auth-failure-limiter.service';

// Keys (see authFailureKeys) that used up their failed attempts are refused
// before any credential is looked at: for passwords only, which can be
// guessed; bearer tokens go through AuthFailureLimiter.authenticate.
export const assertNotRateLimited = async (
  failures: AuthFailureLimiter,
  keys: readonly string[],
): Promise<void> => {
  const retryAfter = await failures.retryAfterSeconds(keys);

  if (retryAfter !== null) {
    throw new TwentyMcpException(
      `Too many failed sign-in attempts from this address; retry in ${retryAfter} s.`,
      TwentyMcpExceptionCode.RATE_LIMITED,
    );
  }
};
