import { type TwentyMcpExceptionCode } from './twenty-mcp-exception-code.enum';

// One exception type for the whole module. `message` is written for the
// caller (an AI model or a person): it says what was wrong and how to fix
// it, and never reveals objects or fields the caller may not see.
export class TwentyMcpException extends Error {
  constructor(
    readonly code: TwentyMcpExceptionCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'TwentyMcpException';
  }
}
