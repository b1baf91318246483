import { TwentyMcpException } from '../twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../twenty-mcp-exception-code.enum';

const CODES = new Set<string>(Object.values(TwentyMcpExceptionCode));

// By code as well as by class: a second copy of the module (another
// bundle) throws instances of another class with the same codes.
export const isTwentyMcpException = (
  error: unknown,
): error is TwentyMcpException =>
  error instanceof TwentyMcpException ||
  (error instanceof Error &&
    error.name === 'TwentyMcpException' &&
    CODES.has(String((error as { code?: unknown }).code)));
