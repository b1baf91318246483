import {
  type EmbeddedPostgresRuntime,
  type SeededPostgres,
  startSeededPostgres,
} from '@twenty-mcp/twenty-db';
import { demoTokens, TEST_APP_SECRET } from '@twenty-mcp/twenty-db/testing';

import { type RunningServer } from '../src/start-server';
import { captureLogs } from './utils/capture-logs';
import { startServerOnFreePort } from './utils/start-server-on-free-port';
import { postMcp } from './utils/post-mcp';
import { settingsGraphql, signInAs } from './utils/settings-graphql';

const BACK_AGAIN_TIMEOUT_MS = 60_000;
const UNREACHABLE = 'The CRM database is unreachable; retry in a few seconds.';

type ToolReply = {
  result?: { isError?: boolean; structuredContent?: { records: unknown[] } };
  error?: { message: string };
};

// The circuit breaker in front of PostgreSQL (docs/operations.md, "When
// PostgreSQL goes away"): while the database is down every MCP and settings
// request is refused with one clear message and Retry-After, /readyz names
// the open circuit, the process stays up, and service comes back by itself
// once PostgreSQL returns. PostgreSQL is this suite's own: the shared test
// server cannot be stopped.
describe('tool calls while PostgreSQL is down and after it returns', () => {
  const logs = captureLogs();
  let seeded: SeededPostgres | undefined;
  let postgres: EmbeddedPostgresRuntime;
  let server: RunningServer | undefined;
  let token: string;

  const findPeople = () =>
    postMcp(server!.url, token, {
      jsonrpc: '2.0',
      id: 1,
      method: 'tools/call',
      params: {
        name: 'find_records',
        arguments: { object: 'person', limit: 1 },
      },
    });

  const readyz = async () => {
    const response = await fetch(new URL('/readyz', server!.url));

    return {
      status: response.status,
      body: (await response.json()) as {
        status: string;
        checks: Record<string, string>;
      },
    };
  };

  beforeAll(async () => {
    seeded = await startSeededPostgres({
      prefix: 'twenty-breaker-pg-',
      appSecret: TEST_APP_SECRET,
    });
    ({ postgres } = seeded);

    token = (await demoTokens(seeded.databaseUrl))['MCP - admin'];

    const { databaseUrl } = seeded;

    server = await startServerOnFreePort(
      (port) => ({
        host: '127.0.0.1',
        port,
        publicUrl: `http://127.0.0.1:${port}`,
        path: '/mcp',
        databaseUrl,
        appSecret: TEST_APP_SECRET,
        toolMode: 'compact',
        // A cool-down no stall of a loaded machine outlasts, so the circuit
        // is still open when the test looks; the recovery poll waits it out.
        limits: { databaseFailureThreshold: 3, databaseCoolDownMs: 10_000 },
      }),
      { logging: { level: 'info', destination: logs.destination } },
    );
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await seeded?.dispose();
  });

  it('should refuse at once with a clear error while PostgreSQL is down, and serve again once it returns', async () => {
    const before = await findPeople();

    expect(before.status).toBe(200);
    expect(
      ((await before.json()) as ToolReply).result?.structuredContent?.records,
    ).toHaveLength(1);

    const settingsToken = await signInAs(
      server!.url,
      'alex.rivera@northwind.test',
    );

    await postgres.stop();

    // Below the threshold the driver's failure is already answered with the
    // same message; from the third one the circuit refuses without trying.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const response = await findPeople();
      const text = await response.text();

      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
      expect(JSON.parse(text)).toEqual({
        jsonrpc: '2.0',
        id: null,
        error: { code: expect.any(Number), message: UNREACHABLE },
      });
      expect(text).not.toMatch(/ECONNREFUSED|SELECT|at .+\.js/);
    }

    expect(await readyz()).toEqual({
      status: 503,
      body: expect.objectContaining({
        status: 'unavailable',
        checks: expect.objectContaining({
          database: 'failed',
          'database-circuit': 'open',
        }),
      }),
    });

    const settings = await settingsGraphql(
      server!.url,
      '{ mcpSettings { isEnabled } }',
      {},
      settingsToken,
    );

    expect(settings.errors).toEqual([
      expect.objectContaining({
        message: UNREACHABLE,
        extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE' }),
      }),
    ]);

    const metrics = await (
      await fetch(new URL('/metrics', server!.url))
    ).text();

    expect(metrics).toContain('twenty_mcp_db_circuit_state{state="open"} 1');
    // The process is still up and says so.
    expect((await fetch(new URL('/healthz', server!.url))).status).toBe(200);
    expect(logs.lines()).toContainEqual(
      expect.objectContaining({ level: 40, msg: 'database circuit opened' }),
    );

    await postgres.start();

    const deadline = Date.now() + BACK_AGAIN_TIMEOUT_MS;
    let after = await findPeople();

    while (after.status !== 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      after = await findPeople();
    }

    expect(after.status).toBe(200);
    expect(
      ((await after.json()) as ToolReply).result?.structuredContent?.records,
    ).toHaveLength(1);
    expect((await readyz()).body.checks['database-circuit']).toBe('closed');
    expect(logs.lines()).toContainEqual(
      expect.objectContaining({ msg: 'database circuit closed' }),
    );
  }, 150_000);
});
