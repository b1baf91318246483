import { TwentyMcpExceptionCode } from '../twenty-mcp-exception-code.enum';
import { TwentyMcpException } from '../twenty-mcp.exception';

export const limitExceeded = (message: string): TwentyMcpException =>
  new TwentyMcpException(message, TwentyMcpExceptionCode.LIMIT_EXCEEDED);
