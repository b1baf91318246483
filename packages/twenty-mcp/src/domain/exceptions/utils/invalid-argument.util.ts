import { TwentyMcpExceptionCode } from '../twenty-mcp-exception-code.enum';
import { TwentyMcpException } from '../twenty-mcp.exception';

export const invalidArgument = (message: string): TwentyMcpException =>
  new TwentyMcpException(message, TwentyMcpExceptionCode.INVALID_ARGUMENT);
