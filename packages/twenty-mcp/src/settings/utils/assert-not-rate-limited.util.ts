import { TwentyMcpExceptionCode } from '../../domain/exceptions/twenty-mcp-exception-code.enum';
import { TwentyMcpException } from '../../domain/exceptions/twenty-mcp.exception';
import { type AuthFailureLimiter } from '../../services/auth-failures/auth-failure-limiter.service';

// An address that used up its failed attempts is refused before any
// credential is looked at.
export const assertNotRateLimited = async (
  failures: AuthFailureLimiter,
  clientAddress: string,
): Promise<void> => {
  const retryAfter = await failures.retryAfterSeconds(clientAddress);

  if (retryAfter !== null) {
    throw new TwentyMcpException(
      `Too many failed sign-in attempts from this address; retry in ${retryAfter} s.`,
      TwentyMcpExceptionCode.RATE_LIMITED,
    );
  }
};
