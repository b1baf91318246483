import { randomBytes } from 'node:crypto';

import { parseDatabaseUrl } from '../database/utils/parse-database-url.util';
import { withClient } from '../database/utils/with-client.util';
import { TEST_DATABASE_ENV } from './test-database-env.const';

export type TestDatabase = {
  name: string;
  url: string;
  adminUrl: string;
  drop: () => Promise<void>;
};

const requireEnv = (name: string): string => {
  const value = process.env[name];

  if (!value) {
    throw new Error(
      `${name} is not set: add twenty-db's testing/global-setup to this Jest project`,
    );
  }

  return value;
};

// A private copy of the seeded template (or an empty database) for one
// test suite; drop it in afterAll.
export const createTestDatabase = async ({
  empty = false,
}: { empty?: boolean } = {}): Promise<TestDatabase> => {
  const adminUrl = requireEnv(TEST_DATABASE_ENV.adminUrl);
  const template = requireEnv(TEST_DATABASE_ENV.templateDatabase);
  const name = `twenty_test_${randomBytes(6).toString('hex')}`;

  await withClient(adminUrl, (client) =>
    client.query(
      empty
        ? `CREATE DATABASE "${name}"`
        : `CREATE DATABASE "${name}" TEMPLATE "${template}"`,
    ),
  );

  return {
    name,
    url: parseDatabaseUrl(adminUrl).withDatabase(name),
    adminUrl,
    drop: () =>
      withClient(adminUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      ).then(() => undefined),
  };
};
