import { CustomException } from './custom-exception';
import { type TwentyMcpExceptionCode } from './twenty-mcp-exception-code.enum';

// The module's one exception. `message` is written for the caller (an AI
// model or a person): it says what was wrong and how to fix it, and never
// reveals objects or fields the caller may not see. `details` are for logs
// and for the surface's mapper (e.g. `retryAfterSeconds`), never shown
// as they are.
export class TwentyMcpException extends CustomException<TwentyMcpExceptionCode> {
  readonly details?: Record<string, unknown>;

  constructor(
    message: string,
    code: TwentyMcpExceptionCode,
    options: { details?: Record<string, unknown> } = {},
  ) {
    super(message, code);
    this.details = options.details;
  }
}
