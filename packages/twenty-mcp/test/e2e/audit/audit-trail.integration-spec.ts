import { type Client } from '@modelcontextprotocol/client';
import { DEMO_WORKSPACE } from '@twenty-mcp/twenty-db';
import {
  demoTokens,
  startRedisServer,
  type TestRedisServer,
} from '@twenty-mcp/twenty-db/testing';
import { Client as PgClient } from 'pg';

import { hashAuditArguments } from '../../../src/domain/audit/utils/hash-audit-arguments.util';
import { McpAuditLog } from '../../../src/storage/services/mcp-audit-log.service';
import { startTestApp, type TestApp } from '../../utils/start-test-app';
import { connectClient } from '../utils/connect-client';
import { settingsGraphql, signInAs } from '../utils/settings-graphql';
import { callTool, callToolError, type FindResult } from '../utils/tool-calls';
import { auditRows, waitForAuditRows } from './utils/audit-rows';

const WORKSPACE = DEMO_WORKSPACE.id;

// The audit trail end to end (docs/audit-trail.md): real MCP clients over
// HTTP and the settings API on an app with Redis; each event reaches the
// workspace's chain in mcp."auditEvent" through the BullMQ queue.
describe('audit trail: tool calls and settings changes', () => {
  let redis: TestRedisServer;
  let server: TestApp;
  let pg: PgClient;
  let admin: string;
  let apiKeyToken: string;
  const clients: Client[] = [];
  let rowCount = 0;

  const gql = <T>(query: string, variables: Record<string, unknown> = {}) =>
    settingsGraphql<T>(server.url, query, variables, admin);
  const connect = async (token: string, mode: 'legacy' | 'auto') => {
    const client = await connectClient(server.url, token, {
      name: `audit-${mode}`,
      mode,
    });

    clients.push(client);

    return client;
  };
  // The rows added since the previous call of this.
  const newRows = async (count: number) => {
    const rows = await waitForAuditRows(pg, WORKSPACE, rowCount + count);
    const added = rows.slice(rowCount);

    rowCount = rows.length;

    return added;
  };
  const issueToken = async () => {
    const roles = await gql<{ mcpRoles: { id: string; label: string }[] }>(
      `{ mcpRoles { id label } }`,
    );
    const reply = await gql<{
      issueMcpToken: { token: string; record: { id: string } };
    }>(
      `mutation ($input: IssueMcpTokenInput!) { issueMcpToken(input: $input) { token record { id } } }`,
      {
        input: {
          name: 'Audited client',
          roleId: roles.data!.mcpRoles.find(
            (role) => role.label === 'Developer',
          )!.id,
          scopes: ['READ', 'WRITE'],
        },
      },
    );

    return reply.data!.issueMcpToken;
  };

  beforeAll(async () => {
    redis = await startRedisServer();
    server = await startTestApp({ redisUrl: redis.url });
    pg = new PgClient({ connectionString: server.databaseUrl });
    await pg.connect();
    apiKeyToken = (await demoTokens(server.databaseUrl))['MCP - admin'];
    admin = await signInAs(server.url, 'priya.patel@northwind.test');
  }, 60_000);

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()));
    await pg?.end();
    await server?.stop();
    await redis?.stop();
  }, 30_000);

  it('should record a settings change with who made it and what it acted on', async () => {
    const { token, record } = await issueToken();
    const [row] = await newRows(1);

    expect(row).toMatchObject({
      sequence: '1',
      kind: 'settingsChange',
      principalKind: 'user',
      action: 'issueMcpToken',
      recordIds: [record.id],
      outcome: 'ok',
      errorClass: null,
    });
    expect(row.arguments).toMatchObject({
      input: { name: 'Audited client', scopes: ['read', 'write'] },
    });
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it('should record a refused settings change with its error class', async () => {
    const reply = await gql(`mutation { revokeMcpToken(id: "nope") { id } }`);

    expect(reply.errors).toBeDefined();

    const [row] = await newRows(1);

    expect(row).toMatchObject({
      kind: 'settingsChange',
      action: 'revokeMcpToken',
      outcome: 'client_error',
      errorClass: 'INVALID_ARGUMENT',
    });
  });

  it('should record tool calls with principal, client, records touched and the arguments’ hash, never the secret', async () => {
    const { token, record } = await issueToken();

    await newRows(1);

    const client = await connect(token, 'auto');
    const args = { object: 'person', limit: 3 };
    const found = await callTool<FindResult>(client, 'find_records', args);
    const badArgs = { object: 'noSuchObject' };

    await callToolError(client, 'find_records', badArgs);

    const [ok, failed] = await newRows(2);

    expect(ok).toMatchObject({
      kind: 'toolCall',
      principalKind: 'mcpToken',
      principalId: record.id,
      clientName: 'audit-auto',
      clientVersion: '1.0.0',
      action: 'find_records',
      object: 'person',
      recordIds: found.records.map((person) => person.id),
      argumentsHash: hashAuditArguments(args),
      arguments: null,
      outcome: 'ok',
      errorClass: null,
    });
    expect(ok.durationMs).toEqual(expect.any(Number));
    expect(ok.requestId).toEqual(expect.any(String));
    expect(failed).toMatchObject({
      action: 'find_records',
      argumentsHash: hashAuditArguments(badArgs),
      outcome: 'client_error',
      recordIds: [],
    });

    const { rows } = await pg.query<{ row: string }>(
      `SELECT row_to_json(e)::text AS "row" FROM mcp."auditEvent" e`,
    );

    for (const { row } of rows) {
      expect(row).not.toContain(token);
      expect(row).not.toContain(apiKeyToken);
    }
  });

  it('should name a Twenty API key by its id, and no client for a 2025-era call', async () => {
    const client = await connect(apiKeyToken, 'legacy');

    await callTool(client, 'find_records', { object: 'company', limit: 1 });

    const [row] = await newRows(1);
    const { rows: keys } = await pg.query<{ id: string }>(
      `SELECT "id" FROM core."apiKey" WHERE "name" = 'MCP - admin' AND "workspaceId" = $1`,
      [WORKSPACE],
    );

    expect(row).toMatchObject({
      principalKind: 'apiKey',
      principalId: keys[0].id,
      clientName: null,
      clientVersion: null,
      object: 'company',
    });
  });

  it('should keep the arguments only once the workspace opted in', async () => {
    const reply = await gql<{
      updateMcpSettings: {
        auditRecordArguments: boolean;
        auditRetentionDays: number;
      };
    }>(
      `mutation { updateMcpSettings(input: { auditRecordArguments: true, auditRetentionDays: 30 }) { auditRecordArguments auditRetentionDays } }`,
    );

    expect(reply.data!.updateMcpSettings).toEqual({
      auditRecordArguments: true,
      auditRetentionDays: 30,
    });
    expect((await newRows(1))[0]).toMatchObject({
      action: 'updateMcpSettings',
      arguments: {
        input: { auditRecordArguments: true, auditRetentionDays: 30 },
      },
    });

    const client = await connect(apiKeyToken, 'auto');
    const args = {
      object: 'person',
      limit: 1,
      orderBy: [{ id: 'AscNullsLast' }],
    };

    await callTool(client, 'find_records', args);

    expect((await newRows(1))[0]).toMatchObject({
      arguments: args,
      argumentsHash: hashAuditArguments(args),
    });
  });

  it('should chain concurrent calls without gaps or forks', async () => {
    const client = await connect(apiKeyToken, 'auto');

    // Four at once: the most one credential may run.
    for (let round = 0; round < 3; round += 1) {
      await Promise.all(
        Array.from({ length: 4 }, (_, index) =>
          callTool(client, 'find_records', {
            object: 'person',
            limit: round * 4 + index + 1,
          }),
        ),
      );
    }

    await newRows(12);

    const rows = await auditRows(pg, WORKSPACE);

    expect(rows.map((row) => Number(row.sequence))).toEqual(
      rows.map((_, index) => index + 1),
    );
    expect(await server.app.get(McpAuditLog).verify(WORKSPACE)).toMatchObject({
      valid: true,
      checkedRows: rows.length,
      firstBadSequence: null,
    });
  });

  it('should export the trail over HTTP as JSON lines and CSV, to admins only', async () => {
    const exportUrl = (query: string) =>
      new URL(`/settings/mcp/audit/export?${query}`, server.url);
    const rows = await auditRows(pg, WORKSPACE);
    const jsonl = await fetch(exportUrl('format=jsonl'), {
      headers: { authorization: `Bearer ${admin}` },
    });
    const lines = (await jsonl.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { sequence: number; hash: string });

    expect(jsonl.status).toBe(200);
    expect(jsonl.headers.get('content-type')).toContain('application/jsonl');
    expect(lines.map((line) => line.sequence)).toEqual(
      rows.map((row) => Number(row.sequence)),
    );

    const since = new Date(Date.now() + 60_000).toISOString();
    const csv = await fetch(exportUrl(`format=csv&since=${since}`), {
      headers: { authorization: `Bearer ${admin}` },
    });

    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect((await csv.text()).split('\r\n')).toEqual([
      expect.stringMatching(/^sequence,occurredAt,workspaceId,/),
      '',
    ]);

    const anonymous = await fetch(exportUrl('format=csv'));
    const member = await fetch(exportUrl('format=csv'), {
      headers: {
        authorization: `Bearer ${await signInAs(server.url, 'sam.chen@northwind.test', WORKSPACE)}`,
      },
    });
    const badFormat = await fetch(exportUrl('format=xml'), {
      headers: { authorization: `Bearer ${admin}` },
    });

    expect([anonymous.status, member.status, badFormat.status]).toEqual([
      401, 403, 400,
    ]);
  });

  it('should serve the Activity view: events paged and filtered, counts per bucket, the chain state', async () => {
    const firstPage = await gql<{
      mcpAuditEvents: {
        events: { sequence: number; action: string; outcome: string }[];
        nextBeforeSequence: number | null;
      };
    }>(
      `query ($input: McpAuditEventsInput) { mcpAuditEvents(input: $input) { events { sequence action outcome } nextBeforeSequence } }`,
      { input: { action: 'find_records', first: 5 } },
    );
    const page = firstPage.data!.mcpAuditEvents;

    expect(page.events).toHaveLength(5);
    expect(page.events.every((event) => event.action === 'find_records')).toBe(
      true,
    );
    expect(page.events[0].sequence).toBeGreaterThan(page.events[4].sequence);
    expect(page.nextBeforeSequence).toBe(page.events[4].sequence);

    const failures = await gql<{
      mcpAuditEvents: { events: { action: string; outcome: string }[] };
    }>(
      `{ mcpAuditEvents(input: { outcome: "client_error" }) { events { action outcome } } }`,
    );

    expect(failures.data!.mcpAuditEvents.events).toEqual([
      { action: 'find_records', outcome: 'client_error' },
      { action: 'revokeMcpToken', outcome: 'client_error' },
    ]);

    const activity = await gql<{
      mcpAuditActivity: { action: string; outcome: string; count: number }[];
    }>(
      `{ mcpAuditActivity(input: { bucket: "hour" }) { start action outcome count } }`,
    );
    const rows = await auditRows(pg, WORKSPACE);

    expect(
      activity.data!.mcpAuditActivity.reduce(
        (sum, bucket) => sum + bucket.count,
        0,
      ),
    ).toBe(rows.length);

    const chain = await gql<{ mcpAuditChain: Record<string, unknown> }>(
      `{ mcpAuditChain { valid checkedRows lastSequence headHash firstBadSequence problem } }`,
    );

    expect(chain.data!.mcpAuditChain).toMatchObject({
      valid: true,
      checkedRows: rows.length,
      firstBadSequence: null,
    });
    // The queries above are not audited: only changes and tool calls are.
    expect(await auditRows(pg, WORKSPACE)).toHaveLength(rows.length);
  });

  it('should fail verification naming a row edited or deleted with SQL', async () => {
    const log = server.app.get(McpAuditLog);

    await pg.query(
      `UPDATE mcp."auditEvent" SET "outcome" = 'ok' WHERE "workspaceId" = $1 AND "sequence" = 2`,
      [WORKSPACE],
    );
    expect(await log.verify(WORKSPACE)).toMatchObject({
      valid: false,
      firstBadSequence: 2,
      problem: 'row 2 does not match its hash (edited)',
    });

    await pg.query(
      `UPDATE mcp."auditEvent" SET "outcome" = 'client_error' WHERE "workspaceId" = $1 AND "sequence" = 2`,
      [WORKSPACE],
    );
    expect((await log.verify(WORKSPACE)).valid).toBe(true);

    await pg.query(
      `DELETE FROM mcp."auditEvent" WHERE "workspaceId" = $1 AND "sequence" = 4`,
      [WORKSPACE],
    );
    expect(await log.verify(WORKSPACE)).toMatchObject({
      valid: false,
      firstBadSequence: 4,
      problem: 'row 4 is missing',
    });
  });
});
