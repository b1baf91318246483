import { Client } from 'pg';

import { withClient } from '../../database/utils/with-client.util';
import { FIXTURE_MARKER } from '../../fixture/constants/fixture-marker.const';
import { readFixtureMarker } from '../../fixture/services/fixture-marker';
import { type FixtureInfo } from '../../fixture/types/fixture-info.type';
import { seedDemoDatabase } from '../../seed/demo/services/seed-demo-database';
import { EMBEDDED_POSTGRES_DEFAULTS } from '../constants/embedded-postgres-defaults.const';
import { loadOrCreateAppSecret } from '../utils/load-or-create-app-secret.util';
import {
  EmbeddedPostgresRuntime,
  type EmbeddedPostgresOptions,
} from './embedded-postgres.runtime';

export type EmbeddedDemo = {
  runtime: EmbeddedPostgresRuntime;
  databaseUrl: string;
  appSecret: string;
  fixture: FixtureInfo;
  // What this start had to do: nothing, seed, or rebuild an outdated layout.
  action: 'reused' | 'seeded' | 'rebuilt';
};

const databaseExists = async (runtime: EmbeddedPostgresRuntime, name: string) =>
  withClient(runtime.connectionString('postgres'), async (client) => {
    const result = await client.query(
      'SELECT 1 FROM pg_database WHERE datname = $1',
      [name],
    );

    return (result.rowCount ?? 0) > 0;
  });

// Starts embedded PostgreSQL and makes sure it holds the seeded demo
// database. Idempotent: the second start finds everything in place.
export const ensureEmbeddedDemo = async ({
  reset = false,
  onProgress,
  ...options
}: EmbeddedPostgresOptions & {
  reset?: boolean;
  onProgress?: (message: string) => void;
} = {}): Promise<EmbeddedDemo> => {
  const runtime = new EmbeddedPostgresRuntime(options);
  const database = EMBEDDED_POSTGRES_DEFAULTS.database;
  const databaseUrl = runtime.connectionString(database);

  onProgress?.(`Starting PostgreSQL in ${runtime.dataDir}`);
  await runtime.start();

  try {
    let action: EmbeddedDemo['action'] = 'reused';
    let fixture: FixtureInfo | null = null;

    if (await databaseExists(runtime, database)) {
      fixture = await withClient(databaseUrl, readFixtureMarker);

      if (reset || fixture?.layoutVersion !== FIXTURE_MARKER.layoutVersion) {
        onProgress?.(
          reset
            ? 'Resetting the demo database'
            : 'The demo database is outdated; rebuilding it',
        );
        await withClient(runtime.connectionString('postgres'), (client) =>
          client.query(`DROP DATABASE "${database}" WITH (FORCE)`),
        );
        fixture = null;
        action = 'rebuilt';
      }
    }

    if (!fixture) {
      await runtime.createDatabase(database);

      const client = new Client({ connectionString: databaseUrl });

      await client.connect();

      try {
        await seedDemoDatabase(client, { onProgress });
        fixture = await readFixtureMarker(client);
      } finally {
        await client.end();
      }

      action = action === 'rebuilt' ? 'rebuilt' : 'seeded';
    }

    if (!fixture) {
      throw new Error('The demo database has no fixture marker after seeding');
    }

    return {
      runtime,
      databaseUrl,
      appSecret: loadOrCreateAppSecret({ dataDir: runtime.dataDir }),
      fixture,
      action,
    };
  } catch (error) {
    await runtime.stop();
    throw error;
  }
};
