// The connection itself failed (a Node socket error, or pg's "Connection
// terminated"), as opposed to a statement failing on a healthy connection
// (an error with a SQLSTATE) or the caller's own code throwing.
export const isConnectionFailure = (error: unknown): boolean => {
  const { code, message } = (error ?? {}) as {
    code?: unknown;
    message?: unknown;
  };

  return (
    (typeof code === 'string' && /^E[A-Z]+$/.test(code)) ||
    (typeof message === 'string' && /Connection terminated/i.test(message))
  );
};
