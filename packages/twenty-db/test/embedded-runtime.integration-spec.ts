import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { parseDatabaseUrl } from '../src/database/utils/parse-database-url.util';
import { withClient } from '../src/database/utils/with-client.util';
import { findFreePort } from '../src/embedded/utils/find-free-port.util';
import { ensureDemoDatabase } from '../src/fixture/services/ensure-demo-database';
import { createTestDatabase, TEST_DATABASE_ENV } from '../src/testing';

const workspaceCount = (databaseUrl: string) =>
  withClient(databaseUrl, async (client) =>
    Number(
      (await client.query(`SELECT count(*) FROM core."workspace"`)).rows[0]
        .count,
    ),
  );

describe('ensureDemoDatabase', () => {
  describe('on the embedded default', () => {
    let parent: string;

    beforeAll(() => {
      parent = mkdtempSync(path.join(tmpdir(), 'twenty-embedded-'));
      chmodSync(parent, 0o755);
    });

    afterAll(() => rmSync(parent, { recursive: true, force: true }));

    it('should seed on first start and reuse the cluster and secret on the next', async () => {
      const options = {
        dataDir: path.join(parent, 'postgres-16'),
        port: await findFreePort(),
      };
      const first = await ensureDemoDatabase(options);

      try {
        expect(first.action).toBe('seeded');
        expect(first.appSecret).toMatch(/^[0-9a-f]{64}$/);
        expect(await workspaceCount(first.databaseUrl)).toBe(2);
      } finally {
        await first.runtime!.stop();
      }

      const second = await ensureDemoDatabase(options);

      try {
        expect(second.action).toBe('reused');
        expect(second.appSecret).toBe(first.appSecret);
        expect(second.fixture).toEqual(first.fixture);
      } finally {
        await second.runtime!.stop();
      }
    }, 120_000);

    it('should refuse a port that is already taken, naming it', async () => {
      const taken = await ensureDemoDatabase({
        dataDir: path.join(parent, 'other'),
        port: await findFreePort(),
      });
      const port = taken.runtime!.port;

      try {
        await expect(
          ensureDemoDatabase({ dataDir: path.join(parent, 'third'), port }),
        ).rejects.toThrow(`Port ${port} on 127.0.0.1 is already in use`);
      } finally {
        await taken.runtime!.stop();
      }
    }, 120_000);
  });

  describe('on the server DATABASE_URL names', () => {
    const adminUrl = () => process.env[TEST_DATABASE_ENV.adminUrl]!;
    const newUrl = () =>
      parseDatabaseUrl(adminUrl()).withDatabase(
        `ensure_${randomBytes(4).toString('hex')}`,
      );
    const drop = (url: string) =>
      withClient(adminUrl(), (client) =>
        client.query(
          `DROP DATABASE IF EXISTS "${parseDatabaseUrl(url).database}" WITH (FORCE)`,
        ),
      );

    it('should create and seed a missing database, then reuse it', async () => {
      const databaseUrl = newUrl();

      try {
        const first = await ensureDemoDatabase({ databaseUrl });
        const second = await ensureDemoDatabase({ databaseUrl });

        expect([first.action, second.action, first.runtime]).toEqual([
          'seeded',
          'reused',
          null,
        ]);
        expect(second.appSecret).toBe(first.appSecret);
        expect(await workspaceCount(databaseUrl)).toBe(2);
      } finally {
        await drop(databaseUrl);
      }
    });

    it('should use a real Twenty database as is, without writing to it', async () => {
      const twenty = await createTestDatabase();

      try {
        // What a real Twenty database looks like: the layout, no marker.
        await withClient(twenty.url, (client) =>
          client.query('DROP SCHEMA twenty_db CASCADE'),
        );

        const demo = await ensureDemoDatabase({ databaseUrl: twenty.url });

        expect(demo).toMatchObject({
          action: 'external',
          fixture: null,
          runtime: null,
        });
        await expect(
          ensureDemoDatabase({ databaseUrl: twenty.url, reset: true }),
        ).rejects.toThrow('refusing to reset it');
        expect(await workspaceCount(twenty.url)).toBe(2);
      } finally {
        await twenty.drop();
      }
    });

    it('should create, rebuild or reset nothing when creation is not allowed', async () => {
      const missing = newUrl();
      const demo = await createTestDatabase();
      const options = { createDatabase: false, refusalHint: 'Ask first.' };

      try {
        await expect(
          ensureDemoDatabase({ databaseUrl: missing, ...options }),
        ).rejects.toThrow(
          /\/ensure_[0-9a-f]{8} does not exist; nothing was created or changed\. Ask first\.$/,
        );
        expect(
          await withClient(
            adminUrl(),
            async (client) =>
              (
                await client.query(
                  'SELECT 1 FROM pg_database WHERE datname = $1',
                  [parseDatabaseUrl(missing).database],
                )
              ).rowCount,
          ),
        ).toBe(0);

        // A demo of this layout is served; reset or an outdated layout
        // would rewrite it.
        expect(
          await ensureDemoDatabase({ databaseUrl: demo.url, ...options }),
        ).toMatchObject({ action: 'reused' });
        await expect(
          ensureDemoDatabase({
            databaseUrl: demo.url,
            reset: true,
            ...options,
          }),
        ).rejects.toThrow('would be reset; nothing was created or changed');
        await withClient(demo.url, (client) =>
          client.query(
            `UPDATE twenty_db.fixture SET info = jsonb_set(info, '{layoutVersion}', '"outdated"')`,
          ),
        );
        await expect(
          ensureDemoDatabase({ databaseUrl: demo.url, ...options }),
        ).rejects.toThrow('with an outdated layout; nothing was created');
        expect(await workspaceCount(demo.url)).toBe(2);
      } finally {
        await demo.drop();
      }
    });

    it('should refuse a database that is neither Twenty nor its own', async () => {
      const databaseUrl = newUrl();

      await withClient(adminUrl(), (client) =>
        client.query(
          `CREATE DATABASE "${parseDatabaseUrl(databaseUrl).database}"`,
        ),
      );

      try {
        await expect(ensureDemoDatabase({ databaseUrl })).rejects.toThrow(
          'is neither a Twenty database nor one twenty-db created',
        );
      } finally {
        await drop(databaseUrl);
      }
    });
  });
});
