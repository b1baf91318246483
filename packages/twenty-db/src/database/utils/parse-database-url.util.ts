// Splits a postgres URL into the server part and the database name, so that
// administrative work can connect to the `postgres` database of that server.
export const parseDatabaseUrl = (
  connectionString: string,
): { database: string; withDatabase: (database: string) => string } => {
  const url = new URL(connectionString);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));

  if (!database) {
    throw new Error(`${redactDatabaseUrl(connectionString)} names no database`);
  }

  return {
    database,
    withDatabase: (other: string) => {
      const copy = new URL(connectionString);

      copy.pathname = `/${encodeURIComponent(other)}`;

      return copy.toString();
    },
  };
};

export const redactDatabaseUrl = (connectionString: string): string => {
  try {
    const url = new URL(connectionString);

    if (url.password) {
      url.password = '***';
    }

    return url.toString();
  } catch {
    return '<invalid database url>';
  }
};
