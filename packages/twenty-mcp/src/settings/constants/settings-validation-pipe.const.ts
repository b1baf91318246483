import { TwentyMcpExceptionCode } from '../../domain/exceptions/twenty-mcp-exception-code.enum';
import { TwentyMcpException } from '../../domain/exceptions/twenty-mcp.exception';
import { ValidationPipe } from '@nestjs/common';

// class-validator on every input; the first message of each invalid field,
// joined, as a BAD_USER_INPUT error.
export const SETTINGS_VALIDATION_PIPE = new ValidationPipe({
  transform: true,
  whitelist: true,
  forbidNonWhitelisted: true,
  exceptionFactory: (errors) =>
    new TwentyMcpException(
      errors
        .flatMap((error) => Object.values(error.constraints ?? {}).slice(0, 1))
        .join('; ') || 'Invalid input.',
      TwentyMcpExceptionCode.INVALID_ARGUMENT,
    ),
});
