import { withClient } from '../database/utils/with-client.util';
import { type EmbeddedPostgresRuntime } from '../embedded/services/embedded-postgres.runtime';

type TestGlobals = {
  __twentyTestPostgres?: EmbeddedPostgresRuntime;
  __twentyTestTemplate?: { adminUrl: string; name: string };
};

// Several Jest projects share one global setup; only the first teardown
// has something to undo.
export default async function globalTeardown(): Promise<void> {
  const globals = globalThis as TestGlobals;
  const { __twentyTestPostgres: runtime, __twentyTestTemplate: template } =
    globals;

  globals.__twentyTestPostgres = undefined;
  globals.__twentyTestTemplate = undefined;

  if (runtime) {
    await runtime.stop();
  } else if (template) {
    await withClient(template.adminUrl, (client) =>
      client.query(`DROP DATABASE IF EXISTS "${template.name}" WITH (FORCE)`),
    );
  }
}
