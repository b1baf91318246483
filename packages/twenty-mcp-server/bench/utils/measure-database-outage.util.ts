import { performance } from 'node:perf_hooks';

import {
  findFreePort,
  listApiKeys,
  mintListedTokens,
  startSeededPostgres,
} from '@twenty-mcp/twenty-db';
import { Client } from 'pg';

import { startServer } from '../../src/start-server';
import { percentile } from './percentile.util';

const APP_SECRET = 'bench-database-outage-secret';
const REFUSED_SAMPLES = 50;
const POLL_MS = 50;

export type DatabaseOutageReport = {
  // Milliseconds of the first calls after PostgreSQL stopped, before the
  // circuit opened (each tries to connect and is refused).
  beforeOpenMs: number[];
  // Calls refused by the open circuit.
  refusedMedianMs: number;
  refusedP95Ms: number;
  // From PostgreSQL accepting connections again to the first successful
  // tool call, polling every 50 ms.
  recoveryMs: number;
  coolDownMs: number;
};

const round = (value: number) => Math.round(value * 10) / 10;

// One outage on a PostgreSQL of its own: stop it mid-run, time the refused
// calls, start it and time how soon a tool call succeeds again, without
// restarting the host (docs/operations.md, "When PostgreSQL goes away").
export const measureDatabaseOutage = async (
  coolDownMs = 2_000,
): Promise<DatabaseOutageReport> => {
  const { postgres, databaseUrl, dispose } = await startSeededPostgres({
    prefix: 'twenty-outage-bench-',
    appSecret: APP_SECRET,
  });

  try {
    const pg = new Client({ connectionString: databaseUrl });

    await pg.connect();

    const token = mintListedTokens({
      apiKeys: await listApiKeys(pg),
      appSecret: APP_SECRET,
    }).find((listed) => listed.name === 'MCP - admin' && listed.token)!.token!;

    await pg.end();

    const port = await findFreePort();
    const server = await startServer({
      host: '127.0.0.1',
      port,
      publicUrl: `http://127.0.0.1:${port}`,
      path: '/mcp',
      databaseUrl,
      appSecret: APP_SECRET,
      toolMode: 'compact',
      limits: { databaseCoolDownMs: coolDownMs },
    });

    const timedCall = async () => {
      const startedAt = performance.now();
      const response = await fetch(server.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
          'mcp-protocol-version': '2025-11-25',
          authorization: `Bearer ${token}`,
        },
        body: JSON.stringify({
          jsonrpc: '2.0',
          id: 1,
          method: 'tools/call',
          params: {
            name: 'find_records',
            arguments: { object: 'person', limit: 1 },
          },
        }),
      });

      await response.text();

      return { status: response.status, ms: performance.now() - startedAt };
    };

    try {
      if ((await timedCall()).status !== 200) {
        throw new Error('the first tool call failed');
      }

      await postgres.stop();

      const beforeOpenMs: number[] = [];

      // The default threshold is 3 failures in a row.
      for (let index = 0; index < 3; index += 1) {
        beforeOpenMs.push(round((await timedCall()).ms));
      }

      const refused: number[] = [];

      for (let index = 0; index < REFUSED_SAMPLES; index += 1) {
        const { status, ms } = await timedCall();

        if (status !== 503) {
          throw new Error(
            `expected 503 while PostgreSQL is down, got ${status}`,
          );
        }
        refused.push(ms);
      }
      refused.sort((a, b) => a - b);

      await postgres.start();

      const backAt = performance.now();

      while ((await timedCall()).status !== 200) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }

      return {
        beforeOpenMs,
        refusedMedianMs: round(percentile(refused, 50)),
        refusedP95Ms: round(percentile(refused, 95)),
        recoveryMs: Math.round(performance.now() - backAt),
        coolDownMs,
      };
    } finally {
      await server.stop();
    }
  } finally {
    await dispose();
  }
};
