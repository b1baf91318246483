import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { Client } from 'pg';

import { EmbeddedPostgresRuntime } from '../services/embedded-postgres.runtime';
import { findFreePort } from './find-free-port.util';
import { seedDemoDatabase } from '../../seed/demo/services/seed-demo-database';

export type SeededPostgres = {
  // The cluster itself, for tests that stop and start it (outages).
  postgres: EmbeddedPostgresRuntime;
  // Its seeded demo database "twenty".
  databaseUrl: string;
  // Stops the cluster and removes its data directory.
  dispose: () => Promise<void>;
};

// A PostgreSQL cluster of its own (not a test suite's shared one), with the demo
// seeded: for tests and benchmarks that stop the database under a running
// server.
export const startSeededPostgres = async ({
  prefix,
  appSecret,
}: {
  prefix: string;
  appSecret: string;
}): Promise<SeededPostgres> => {
  const parent = mkdtempSync(path.join(tmpdir(), prefix));

  // As root, the cluster runs as the postgres user, who must enter it.
  chmodSync(parent, 0o755);

  const postgres = new EmbeddedPostgresRuntime({
    dataDir: path.join(parent, 'data'),
    port: await findFreePort(),
  });
  const dispose = async () => {
    await postgres.stop();
    rmSync(parent, { recursive: true, force: true });
  };

  try {
    await postgres.start();
    await postgres.createDatabase('twenty');

    const client = new Client({
      connectionString: postgres.connectionString('twenty'),
    });

    await client.connect();

    try {
      await seedDemoDatabase(client, { appSecret });
    } finally {
      await client.end();
    }
  } catch (error) {
    await dispose();
    throw error;
  }

  return {
    postgres,
    databaseUrl: postgres.connectionString('twenty'),
    dispose,
  };
};
