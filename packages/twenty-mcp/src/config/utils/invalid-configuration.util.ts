import { TwentyMcpException } from '../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../domain/exceptions/twenty-mcp-exception-code.enum';

export const invalidConfiguration = (message: string): TwentyMcpException =>
  new TwentyMcpException(
    `TwentyMcpModule: ${message}`,
    TwentyMcpExceptionCode.INVALID_CONFIGURATION,
  );
