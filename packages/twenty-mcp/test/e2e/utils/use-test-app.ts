import { type Client } from '@modelcontextprotocol/client';
import { DEMO_WORKSPACE } from '@twenty-mcp/twenty-db';
import { Client as PgClient } from 'pg';

import { demoTokens } from '@twenty-mcp/twenty-db/testing';

import { type TwentyMcpModuleOptions } from '../../../src/config/types/twenty-mcp-module-options.type';
import { startTestApp, type TestApp } from '../../utils/start-test-app';
import { connectClient, type ConnectClientOptions } from './connect-client';

// One app of a test file, filled in by the file's beforeAll.
export type E2eApp = {
  server: TestApp;
  // A token for each seeded API key, by key name.
  tokens: Record<string, string>;
  // A connection of the test's own to the app's database, to check results
  // against what PostgreSQL holds.
  pg: PgClient;
  // The demo workspace's (Northwind's) schema, unquoted.
  schema: string;
  // The official SDK client on this app's endpoint, closed after the file.
  connect: (
    token: string,
    options?: Partial<ConnectClientOptions>,
  ) => Promise<Client>;
};

// Starts one app per overrides, side by side, before the tests of the
// enclosing describe (or file), and stops them after: one database clone
// and one Nest boot per file, not per test. The apps are clones of one
// seed, so the same tokens work on each.
export const useTestApps = (
  overridesList: Partial<TwentyMcpModuleOptions>[],
  client: ConnectClientOptions,
): E2eApp[] => {
  const clients: Client[] = [];
  const apps = overridesList.map(() => {
    const app = {
      connect: async (token, options = {}) => {
        const connected = await connectClient(app.server.url, token, {
          ...client,
          ...options,
        });

        clients.push(connected);

        return connected;
      },
    } as E2eApp;

    return app;
  });

  beforeAll(async () => {
    await Promise.all(
      apps.map(async (app, index) => {
        app.server = await startTestApp(overridesList[index]);
        app.pg = new PgClient({ connectionString: app.server.databaseUrl });
        await app.pg.connect();
        app.tokens = await demoTokens(app.server.databaseUrl);

        const { rows } = await app.pg.query<{ databaseSchema: string }>(
          `SELECT "databaseSchema" FROM core."workspace" WHERE "id" = $1`,
          [DEMO_WORKSPACE.id],
        );

        app.schema = rows[0].databaseSchema;
      }),
    );
  }, 60_000 * apps.length);

  afterAll(async () => {
    await Promise.all(clients.map((connected) => connected.close()));
    await Promise.all(
      apps.map(async (app) => {
        await app.pg?.end();
        await app.server?.stop();
      }),
    );
  }, 30_000);

  return apps;
};

export const useTestApp = (
  overrides: Partial<TwentyMcpModuleOptions>,
  client: ConnectClientOptions,
): E2eApp => useTestApps([overrides], client)[0];
