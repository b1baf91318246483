import { afterAll, beforeAll } from '@jest/globals';
import { Client } from 'pg';

import { createTestDatabase, type TestDatabase } from './create-test-database';

export type TestDatabaseHandle = {
  readonly database: TestDatabase;
  readonly client: Client;
};

// Registers beforeAll/afterAll hooks giving the suite its own clone of the
// seeded template (or an empty database) and a connected client.
export const useTestDatabase = ({
  empty = false,
}: { empty?: boolean } = {}): TestDatabaseHandle => {
  let database: TestDatabase | undefined;
  let client: Client | undefined;

  beforeAll(async () => {
    database = await createTestDatabase({ empty });
    client = new Client({ connectionString: database.url });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) {
      throw new Error('The test database is only available inside tests');
    }

    return value;
  };

  return {
    get database() {
      return ready(database);
    },
    get client() {
      return ready(client);
    },
  };
};
