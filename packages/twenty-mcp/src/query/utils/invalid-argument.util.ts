import { TwentyMcpExceptionCode } from '../../common/exceptions/twenty-mcp-exception-code.enum';
import { TwentyMcpException } from '../../common/exceptions/twenty-mcp.exception';

export const invalidArgument = (message: string): TwentyMcpException =>
  new TwentyMcpException(TwentyMcpExceptionCode.INVALID_ARGUMENT, message);
