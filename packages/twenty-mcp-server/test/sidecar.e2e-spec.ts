import {
  Client,
  StreamableHTTPClientTransport,
} from '@modelcontextprotocol/client';
import {
  createTestDatabase,
  TEST_APP_SECRET,
  type TestDatabase,
  demoEs256Tokens,
  demoTokens,
} from '@twenty-mcp/twenty-db/testing';
import { Client as PgClient } from 'pg';

import { type RunningServer } from '../src/start-server';
import { initializeRequest, postMcp } from './utils/post-mcp';
import { settingsGraphql, signInAs } from './utils/settings-graphql';
import { startServerOnFreePort } from './utils/start-server-on-free-port';

const serverConfig =
  (databaseUrl: string, appSecret: string | null) => (port: number) => ({
    host: '127.0.0.1',
    port,
    publicUrl: `http://127.0.0.1:${port}`,
    path: '/mcp',
    databaseUrl,
    appSecret,
    toolMode: 'compact' as const,
  });

// Everything in core that a sidecar must never change, as one checksum.
const coreChecksum = async (databaseUrl: string): Promise<string> => {
  const pg = new PgClient({ connectionString: databaseUrl });

  await pg.connect();

  try {
    const { rows } = await pg.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'core' ORDER BY table_name`,
    );
    const parts: string[] = [];

    for (const { table_name } of rows) {
      const {
        rows: [{ digest }],
      } = await pg.query<{ digest: string | null }>(
        `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM core."${table_name}" t`,
      );

      parts.push(`${table_name}:${digest}`);
    }

    return parts.join('\n');
  } finally {
    await pg.end();
  }
};

// The standalone host beside a real Twenty database: one twenty-db did not
// create (no fixture marker), used read-only for metadata.
describe('standalone host as a sidecar of a Twenty database', () => {
  let database: TestDatabase;
  let server: RunningServer | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    const pg = new PgClient({ connectionString: database.url });

    await pg.connect();
    await pg.query('DROP SCHEMA "twenty_db" CASCADE');
    await pg.end();
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  // Newest Twenty's .env calls APP_SECRET legacy and signs every token
  // ES256; the host starts without it and refuses only HS256 tokens.
  it('should start without APP_SECRET on a Twenty with signing keys, verifying ES256 tokens only', async () => {
    const previous = process.env.APP_SECRET;

    delete process.env.APP_SECRET;

    try {
      const withoutSecret = await startServerOnFreePort(
        serverConfig(database.url, null),
      );

      try {
        const status = async (token: string) =>
          (
            await postMcp(
              withoutSecret.url,
              token,
              initializeRequest('sidecar-e2e'),
            )
          ).status;
        const es256 = await demoEs256Tokens(database.url);
        const hs256 = await demoTokens(database.url);

        // Authenticated, but the workspace has not turned MCP on yet: 403,
        // not 401.
        expect(await status(es256['MCP - admin'])).toBe(403);
        expect(await status(hs256['MCP - admin'])).toBe(401);
      } finally {
        await withoutSecret.stop();
      }
    } finally {
      if (previous !== undefined) {
        process.env.APP_SECRET = previous;
      }
    }
  });

  it("should serve Twenty's API keys once an admin enables the workspace, and write records without touching core", async () => {
    const before = await coreChecksum(database.url);

    server = await startServerOnFreePort(
      serverConfig(database.url, TEST_APP_SECRET),
    );

    expect(server.database.action).toBe('external');
    expect(server.database.fixture).toBeNull();

    const tokens = await demoTokens(database.url);
    // A real Twenty workspace serves MCP only once an admin opts in.
    const refused = await fetch(server.url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${tokens['MCP - admin']}`,
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'mcp-protocol-version': '2025-11-25',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });

    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('/settings/mcp');

    const admin = await signInAs(server.url, 'alex.rivera@northwind.test');
    const enabled = await settingsGraphql(
      server.url,
      `mutation { updateMcpSettings(input: { isEnabled: true }) { isEnabled } }`,
      {},
      admin,
    );

    expect(enabled).toEqual({
      data: { updateMcpSettings: { isEnabled: true } },
    });

    const client = new Client({ name: 'sidecar', version: '1.0.0' });

    await client.connect(
      new StreamableHTTPClientTransport(new URL(server.url), {
        requestInit: {
          headers: { Authorization: `Bearer ${tokens['MCP - admin']}` },
        },
      }),
    );

    const created = await client.callTool({
      name: 'create_records',
      arguments: {
        object: 'company',
        records: [{ name: 'Sidecar Industries' }],
      },
    });
    const found = await client.callTool({
      name: 'find_records',
      arguments: {
        object: 'company',
        filter: { name: { eq: 'Sidecar Industries' } },
      },
    });

    await client.close();

    expect(created.isError).toBeFalsy();
    expect(
      (found.structuredContent as { records: { name: string }[] }).records,
    ).toEqual([expect.objectContaining({ name: 'Sidecar Industries' })]);
    expect(await coreChecksum(database.url)).toBe(before);

    // Everything the module keeps is in its own schema.
    const pg = new PgClient({ connectionString: database.url });

    await pg.connect();

    const { rows } = await pg.query<{ nspname: string }>(
      `SELECT nspname FROM pg_namespace WHERE nspname = 'mcp'`,
    );

    await pg.end();
    expect(rows).toHaveLength(1);
  });
});
