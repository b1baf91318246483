import { randomBytes } from 'node:crypto';

import { CONFIRMATION_TOKEN_FORMAT } from '../constants/confirmation-token-format.const';

export const generateConfirmationToken = (): string =>
  CONFIRMATION_TOKEN_FORMAT.prefix +
  randomBytes(CONFIRMATION_TOKEN_FORMAT.randomBytes).toString('base64url');
