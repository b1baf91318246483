import { TwentyMcpException } from '../twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../twenty-mcp-exception-code.enum';

// One message for every refused bearer credential, so a caller cannot tell
// revoked from unknown from expired; the reason is for the log only.
export const refuseCredential = (
  reason: string,
  message = 'The access token is invalid, expired or revoked.',
): never => {
  throw new TwentyMcpException(
    message,
    TwentyMcpExceptionCode.UNAUTHENTICATED,
    {
      details: { reason },
    },
  );
};
