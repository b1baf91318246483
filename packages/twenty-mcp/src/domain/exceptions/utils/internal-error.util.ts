import { TwentyMcpException } from '../twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../twenty-mcp-exception-code.enum';

// A broken invariant: the message is for the log; callers see a generic
// "internal error".
export const internalError = (message: string): TwentyMcpException =>
  new TwentyMcpException(message, TwentyMcpExceptionCode.INTERNAL_ERROR);
