import { randomBytes } from 'node:crypto';

import { parseDatabaseUrl } from '../src/database/utils/parse-database-url.util';
import { withClient } from '../src/database/utils/with-client.util';
import { createFixtureDatabase } from '../src/fixture/services/create-fixture-database';
import { writeFixtureMarker } from '../src/fixture/services/fixture-marker';
import { TEST_DATABASE_ENV } from '../src/testing';

describe('createFixtureDatabase', () => {
  const adminUrl = () => process.env[TEST_DATABASE_ENV.adminUrl]!;
  const urlOf = (name: string) =>
    parseDatabaseUrl(adminUrl()).withDatabase(name);
  const created: string[] = [];
  const newName = () => {
    const name = `fixture_${randomBytes(4).toString('hex')}`;

    created.push(name);

    return name;
  };

  afterAll(async () => {
    await withClient(adminUrl(), async (client) => {
      for (const name of created) {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      }
    });
  });

  it('should create a database that does not exist', async () => {
    const name = newName();

    await createFixtureDatabase(urlOf(name));

    expect(
      await withClient(
        urlOf(name),
        async (client) =>
          (await client.query('SELECT current_database() AS name')).rows[0]
            .name,
      ),
    ).toBe(name);
  });

  it('should refuse an existing database, and never replace one it did not create', async () => {
    const name = newName();

    await withClient(adminUrl(), (client) =>
      client.query(`CREATE DATABASE "${name}"`),
    );
    await withClient(urlOf(name), (client) =>
      client.query(
        `CREATE TABLE precious (id int); INSERT INTO precious VALUES (1)`,
      ),
    );

    await expect(createFixtureDatabase(urlOf(name))).rejects.toThrow(
      'already exists',
    );
    await expect(
      createFixtureDatabase(urlOf(name), { force: true }),
    ).rejects.toThrow('was not created by twenty-db; refusing to replace it');
    expect(
      await withClient(
        urlOf(name),
        async (client) =>
          (await client.query('SELECT count(*)::int AS count FROM precious'))
            .rows[0],
      ),
    ).toEqual({ count: 1 });
  });

  it('should replace a database it created when forced', async () => {
    const name = newName();

    await createFixtureDatabase(urlOf(name));
    await withClient(urlOf(name), (client) =>
      writeFixtureMarker(client, {
        layoutVersion: 'old',
        appSecret: 'x',
        seed: 1,
        referenceDate: new Date().toISOString(),
        createdAt: new Date().toISOString(),
        apiKeySecretTypes: {},
      }),
    );
    await createFixtureDatabase(urlOf(name), { force: true });

    expect(
      await withClient(
        urlOf(name),
        async (client) =>
          (
            await client.query(
              `SELECT count(*)::int AS count FROM pg_namespace WHERE nspname = 'twenty_db'`,
            )
          ).rows[0],
      ),
    ).toEqual({ count: 0 });
  });
});
