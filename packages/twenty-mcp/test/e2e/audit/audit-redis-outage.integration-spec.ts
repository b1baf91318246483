import { type Client } from '@modelcontextprotocol/client';
import { DEMO_WORKSPACE } from '@twenty-mcp/twenty-db';
import {
  demoTokens,
  startRedisServer,
  type TestRedisServer,
} from '@twenty-mcp/twenty-db/testing';
import Redis from 'ioredis';
import { Client as PgClient } from 'pg';

import { AUDIT_QUEUE } from '../../../src/services/audit/constants/audit-queue.const';
import { AUDIT_LOCK_CLASS } from '../../../src/storage/constants/audit-lock-class.const';
import { McpMetricsService } from '../../../src/services/metrics/mcp-metrics.service';
import { McpAuditLog } from '../../../src/storage/services/mcp-audit-log.service';
import { startTestApp, type TestApp } from '../../utils/start-test-app';
import { connectClient } from '../utils/connect-client';
import { callTool } from '../utils/tool-calls';
import { auditRows, waitForAuditRows } from './utils/audit-rows';

const WORKSPACE = DEMO_WORKSPACE.id;

// The audit trail's durability (docs/audit-trail.md): events go through
// Redis when it is there and straight to PostgreSQL when it is not, and
// none is lost in between.
describe('audit trail: Redis outage', () => {
  let redis: TestRedisServer;
  let port: number;
  let server: TestApp;
  let pg: PgClient;
  let client: Client;

  // Calls that each must leave one audit row, recordIds naming the limit.
  let calls = 0;
  const callSome = async (count: number) => {
    for (let index = 0; index < count; index += 1) {
      calls += 1;
      await callTool(client, 'find_records', { object: 'person', limit: 1 });
    }
  };

  // Jobs waiting in the audit queue (BullMQ's wait list).
  const waitForWaitingJobs = async (count: number) => {
    const redisClient = new Redis(redis.url);

    try {
      while (
        (await redisClient.llen(
          `${AUDIT_QUEUE.prefix}:${AUDIT_QUEUE.name}:wait`,
        )) < count
      ) {
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    } finally {
      redisClient.disconnect();
    }
  };

  beforeAll(async () => {
    redis = await startRedisServer();
    port = Number(new URL(redis.url).port);
    server = await startTestApp({ redisUrl: redis.url });
    pg = new PgClient({ connectionString: server.databaseUrl });
    await pg.connect();
    client = await connectClient(
      server.url,
      (await demoTokens(server.databaseUrl))['MCP - admin'],
      { name: 'audit-outage', mode: 'auto' },
    );
  }, 60_000);

  afterAll(async () => {
    await client?.close();
    await pg?.end();
    await server?.stop();
    await redis?.stop();
  }, 30_000);

  it('should give every call its row while Redis is killed and restarted, the chain verifying after', async () => {
    await callSome(3);
    await waitForAuditRows(pg, WORKSPACE, calls);

    // The test holds the workspace's append lock: the worker blocks on its
    // first job and the next ones stay in Redis — which then dies, keeping
    // nothing (no persistence in tests).
    await pg.query('SELECT pg_advisory_lock($1, hashtext($2))', [
      AUDIT_LOCK_CLASS,
      WORKSPACE,
    ]);
    // Replies do not wait for the audit trail.
    await callSome(5);
    await waitForWaitingJobs(4);
    await redis.stop();
    await callSome(3);
    await pg.query('SELECT pg_advisory_unlock($1, hashtext($2))', [
      AUDIT_LOCK_CLASS,
      WORKSPACE,
    ]);

    redis = await startRedisServer({ port });
    await callSome(5);

    const rows = await waitForAuditRows(pg, WORKSPACE, calls);

    expect(rows).toHaveLength(calls);
    expect(await server.app.get(McpAuditLog).verify(WORKSPACE)).toMatchObject({
      valid: true,
      checkedRows: calls,
      lastSequence: calls,
    });

    // Nothing more arrives later (no event chained twice).
    await callSome(1);
    expect(await waitForAuditRows(pg, WORKSPACE, calls)).toHaveLength(calls);

    const metrics = await server.app
      .get(McpMetricsService)
      .registry.getSingleMetric('twenty_mcp_audit_events_total')!
      .get();
    const byPath = Object.fromEntries(
      metrics.values.map((value) => [value.labels.path, value.value]),
    );

    // Both paths were taken; nothing was dropped.
    expect(byPath.queued).toBeGreaterThan(0);
    expect(byPath.direct).toBeGreaterThan(0);
    expect(byPath.lost).toBeUndefined();
  }, 90_000);

  it('should record straight to PostgreSQL without Redis at all', async () => {
    const alone = await startTestApp({});
    const alonePg = new PgClient({ connectionString: alone.databaseUrl });

    try {
      await alonePg.connect();

      const aloneClient = await connectClient(
        alone.url,
        (await demoTokens(alone.databaseUrl))['MCP - admin'],
        { name: 'audit-no-redis', mode: 'legacy' },
      );

      await callTool(aloneClient, 'find_records', {
        object: 'person',
        limit: 1,
      });
      await callTool(aloneClient, 'find_records', {
        object: 'company',
        limit: 1,
      });
      await aloneClient.close();

      expect(
        (await waitForAuditRows(alonePg, WORKSPACE, 2)).map(
          (row) => row.object,
        ),
      ).toEqual(['person', 'company']);
      expect(await auditRows(alonePg, WORKSPACE)).toHaveLength(2);
    } finally {
      await alonePg.end();
      await alone.stop();
    }
  }, 60_000);
});
