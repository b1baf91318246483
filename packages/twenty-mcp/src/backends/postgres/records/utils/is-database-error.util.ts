import { QueryFailedError } from 'typeorm';

import { isTwentyMcpException } from '../../../../domain/exceptions/utils/is-twenty-mcp-exception.util';

// An error the database or its driver raised (a pg error carries a SQLSTATE
// `code`; TypeORM wraps it; a lost connection is a Node system error), as
// opposed to one the caller's own code threw.
export const isDatabaseError = (error: unknown): boolean => {
  if (isTwentyMcpException(error)) {
    return false;
  }

  if (error instanceof QueryFailedError) {
    return true;
  }

  const { code, message } = (error ?? {}) as {
    code?: unknown;
    message?: unknown;
  };

  return (
    (typeof code === 'string' && /^([0-9A-Z]{5}|E[A-Z]+)$/.test(code)) ||
    (typeof message === 'string' && /Connection terminated/i.test(message))
  );
};
