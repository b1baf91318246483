import { TwentyMcpExceptionCode } from '../../common/exceptions/twenty-mcp-exception-code.enum';
import { TwentyMcpException } from '../../common/exceptions/twenty-mcp.exception';

export const limitExceeded = (message: string): TwentyMcpException =>
  new TwentyMcpException(TwentyMcpExceptionCode.LIMIT_EXCEEDED, message);
