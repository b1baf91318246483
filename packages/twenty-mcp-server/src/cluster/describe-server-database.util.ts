import { type DemoDatabase } from '@twenty-mcp/twenty-db';

// The banner's database line.
export const describeServerDatabase = (database: DemoDatabase): string =>
  database.runtime
    ? `embedded PostgreSQL in ${database.runtime.dataDir}`
    : database.fixture
      ? 'DATABASE_URL (demo database created by twenty-db)'
      : 'DATABASE_URL (Twenty database, metadata read-only)';
