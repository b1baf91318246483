import { TwentyMcpExceptionCode } from '../twenty-mcp-exception-code.enum';
import { TwentyMcpException } from '../twenty-mcp.exception';

export const limitExceeded = (message: string): TwentyMcpException =>
  new TwentyMcpException(TwentyMcpExceptionCode.LIMIT_EXCEEDED, message);
