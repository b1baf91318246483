import { TwentyMcpExceptionCode } from '../../domain/exceptions/twenty-mcp-exception-code.enum';
import { isTwentyMcpException } from '../../domain/exceptions/utils/is-twenty-mcp-exception.util';

// Writes run in a transaction, so a failure leaves nothing half done.
const INTERNAL_FAILURE =
  'The server could not complete this call because of an internal error; nothing was changed. Retrying once is safe.';

// What a model reads when a tool call fails: the exception's own message
// for anything the caller can act on, a fixed sentence (and a log line, by
// the caller of this) for internal failures.
export const toToolErrorMessage = (
  error: unknown,
): { message: string; isInternal: boolean } => {
  if (
    isTwentyMcpException(error) &&
    error.code !== TwentyMcpExceptionCode.INTERNAL_ERROR &&
    error.code !== TwentyMcpExceptionCode.INVALID_CONFIGURATION &&
    error.code !== TwentyMcpExceptionCode.UNAUTHENTICATED
  ) {
    return { message: error.message, isInternal: false };
  }

  return { message: INTERNAL_FAILURE, isInternal: true };
};
