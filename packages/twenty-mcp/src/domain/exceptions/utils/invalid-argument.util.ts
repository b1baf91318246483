import { TwentyMcpExceptionCode } from '../twenty-mcp-exception-code.enum';
import { TwentyMcpException } from '../twenty-mcp.exception';

export const invalidArgument = (message: string): TwentyMcpException =>
  new TwentyMcpException(TwentyMcpExceptionCode.INVALID_ARGUMENT, message);
