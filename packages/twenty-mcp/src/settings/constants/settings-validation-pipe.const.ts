import { ValidationPipe } from '@nestjs/common';

import { settingsError } from '../utils/settings-error.util';

// class-validator on every input; the first message of each invalid field,
// joined, as a BAD_USER_INPUT error.
export const SETTINGS_VALIDATION_PIPE = new ValidationPipe({
  transform: true,
  whitelist: true,
  forbidNonWhitelisted: true,
  exceptionFactory: (errors) =>
    settingsError(
      'BAD_USER_INPUT',
      errors
        .flatMap((error) => Object.values(error.constraints ?? {}).slice(0, 1))
        .join('; ') || 'Invalid input.',
    ),
});
