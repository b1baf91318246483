import {
  type EmbeddedPostgresRuntime,
  type SeededPostgres,
  startSeededPostgres,
} from '@twenty-mcp/twenty-db';
import { TEST_APP_SECRET } from '@twenty-mcp/twenty-db/testing';

import { type RunningServer } from '../src/start-server';
import { captureLogs } from './utils/capture-logs';
import { startServerOnFreePort } from './utils/start-server-on-free-port';

const READY_AGAIN_TIMEOUT_MS = 60_000;

// /readyz follows PostgreSQL: unready while it is stopped, ready again once
// it is back, while /healthz (no I/O) stays up. PostgreSQL here is a server
// of this suite's own, since the shared test server cannot be stopped.
describe('readiness when PostgreSQL stops and returns', () => {
  const logs = captureLogs();
  let seeded: SeededPostgres | undefined;
  let postgres: EmbeddedPostgresRuntime;
  let server: RunningServer | undefined;

  const probe = async (name: 'healthz' | 'readyz') => {
    const response = await fetch(new URL(`/${name}`, server!.url));

    return { status: response.status, body: await response.json() };
  };

  beforeAll(async () => {
    seeded = await startSeededPostgres({
      prefix: 'twenty-readyz-pg-',
      appSecret: TEST_APP_SECRET,
    });
    ({ postgres } = seeded);

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
      }),
      { logging: { level: 'info', destination: logs.destination } },
    );
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await seeded?.dispose();
  });

  it('should turn unready when PostgreSQL stops and ready again when it returns', async () => {
    expect(await probe('readyz')).toEqual({
      status: 200,
      body: {
        status: 'ok',
        checks: {
          database: 'ok',
          'database-circuit': 'closed',
          migrations: 'ok',
          'twenty-layout': 'ok',
        },
      },
    });

    await postgres.stop();

    expect(await probe('readyz')).toEqual({
      status: 503,
      body: {
        status: 'unavailable',
        failed: ['database', 'migrations'],
        checks: {
          database: 'failed',
          // No request has met the outage yet: the circuit only opens on
          // requests (database-outage.e2e-spec.ts).
          'database-circuit': 'closed',
          migrations: 'failed',
          'twenty-layout': 'ok',
        },
      },
    });
    // Liveness does no I/O: a database outage must not restart the host.
    expect(await probe('healthz')).toEqual({
      status: 200,
      body: { status: 'ok' },
    });
    expect(logs.lines()).toContainEqual(
      expect.objectContaining({
        level: 40,
        msg: 'readiness check failed',
        check: 'database',
        error: expect.stringContaining('ECONNREFUSED'),
      }),
    );

    await postgres.start();

    // The pool drops the connections the stop broke and opens new ones.
    const deadline = Date.now() + READY_AGAIN_TIMEOUT_MS;
    let ready = await probe('readyz');

    while (ready.status !== 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      ready = await probe('readyz');
    }

    expect(ready).toEqual({
      status: 200,
      body: {
        status: 'ok',
        checks: {
          database: 'ok',
          'database-circuit': 'closed',
          migrations: 'ok',
          'twenty-layout': 'ok',
        },
      },
    });
    expect(logs.lines()).toContainEqual(
      expect.objectContaining({
        msg: 'readiness check recovered',
        check: 'database',
      }),
    );
  }, 120_000);
});
