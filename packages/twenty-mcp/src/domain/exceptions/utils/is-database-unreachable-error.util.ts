// Network errors of the driver, and PostgreSQL's own "go away" states:
// admin_shutdown, crash_shutdown, cannot_connect_now (starting up or
// shutting down); class 08 is connection_exception.
const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
]);

// node-postgres words a lost connection without a code. Not "timeout
// exceeded when trying to connect": with connectionTimeoutMillis that is
// also a wait for a busy pool, which is load, not an outage.
const CONNECTION_MESSAGE =
  /Connection terminated|Client has encountered a connection error/i;

type ErrorShape = {
  code?: unknown;
  message?: unknown;
  driverError?: unknown;
  details?: { cause?: unknown };
  errors?: unknown;
};

// Whether `error` says the database could not be reached, as opposed to a
// query it refused (a constraint, a statement timeout, bad SQL): looked for
// in TypeORM's driverError, in the cause a TwentyMcpException keeps, and in
// an AggregateError (a connect tried on several addresses).
export const isDatabaseUnreachableError = (
  error: unknown,
  depth = 0,
): boolean => {
  if (typeof error !== 'object' || error === null || depth > 4) {
    return false;
  }

  const { code, message, driverError, details, errors } = error as ErrorShape;

  if (
    (typeof code === 'string' &&
      (CONNECTION_ERROR_CODES.has(code) || code.startsWith('08'))) ||
    (typeof message === 'string' && CONNECTION_MESSAGE.test(message))
  ) {
    return true;
  }

  return [
    driverError,
    details?.cause,
    ...(Array.isArray(errors) ? errors : []),
  ].some((inner) => isDatabaseUnreachableError(inner, depth + 1));
};
