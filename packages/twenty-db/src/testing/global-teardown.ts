import { withClient } from '../database/utils/with-client.util';
import { type EmbeddedPostgresRuntime } from '../embedded/services/embedded-postgres.runtime';
import { TEST_DATABASE_ENV } from './test-database-env.const';

type TestGlobals = { __twentyTestPostgres?: EmbeddedPostgresRuntime };

export default async function globalTeardown(): Promise<void> {
  const globals = globalThis as TestGlobals;
  const runtime = globals.__twentyTestPostgres;

  if (runtime) {
    await runtime.stop();
    globals.__twentyTestPostgres = undefined;

    return;
  }

  const adminUrl = process.env[TEST_DATABASE_ENV.adminUrl];
  const template = process.env[TEST_DATABASE_ENV.templateDatabase];

  if (adminUrl && template) {
    await withClient(adminUrl, (client) =>
      client.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`),
    );
  }
}
