import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { parseDatabaseUrl } from '../database/utils/parse-database-url.util';
import { withClient } from '../database/utils/with-client.util';
import { EmbeddedPostgresRuntime } from '../embedded/services/embedded-postgres.runtime';
import { findFreePort } from '../embedded/utils/find-free-port.util';
import { seedDemoDatabase } from '../seed/demo/services/seed-demo-database';
import { TEST_APP_SECRET, TEST_DATABASE_ENV } from './test-database-env.const';

type TestGlobals = {
  __twentyTestPostgres?: EmbeddedPostgresRuntime;
  __twentyTestTemplate?: { adminUrl: string; name: string };
};

// Jest globalSetup for every package that needs Twenty's layout: real
// PostgreSQL (embedded unless TWENTY_TEST_ADMIN_URL names a server) and one
// seeded template database that each suite clones in milliseconds.
export default async function globalSetup(): Promise<void> {
  if (process.env[TEST_DATABASE_ENV.templateDatabase]) {
    return;
  }

  let adminUrl = process.env[TEST_DATABASE_ENV.adminUrl];

  if (!adminUrl) {
    const parent = mkdtempSync(path.join(tmpdir(), 'twenty-test-pg-'));

    // As root, the cluster runs as the postgres user, who must enter it.
    chmodSync(parent, 0o755);

    const runtime = new EmbeddedPostgresRuntime({
      dataDir: path.join(parent, 'data'),
      port: await findFreePort(),
      ephemeral: true,
    });

    await runtime.start();
    (globalThis as TestGlobals).__twentyTestPostgres = runtime;
    adminUrl = runtime.connectionString('postgres');
  }

  const templateDatabase = `twenty_template_${process.pid}`;

  await withClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${templateDatabase}"`);
    await client.query(`CREATE DATABASE "${templateDatabase}"`);
  });
  await withClient(
    parseDatabaseUrl(adminUrl).withDatabase(templateDatabase),
    (client) => seedDemoDatabase(client, { appSecret: TEST_APP_SECRET }),
  );

  (globalThis as TestGlobals).__twentyTestTemplate = {
    adminUrl,
    name: templateDatabase,
  };
  process.env[TEST_DATABASE_ENV.adminUrl] = adminUrl;
  process.env[TEST_DATABASE_ENV.templateDatabase] = templateDatabase;
  process.env[TEST_DATABASE_ENV.appSecret] = TEST_APP_SECRET;
}
