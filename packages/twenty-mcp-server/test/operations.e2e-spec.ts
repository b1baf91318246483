import { request } from 'node:http';

import { DEMO_USER_PASSWORD, DEMO_WORKSPACE } from '@twenty-mcp/twenty-db';
import { demoTokens } from '@twenty-mcp/twenty-db/testing';

import { captureLogs } from './utils/capture-logs';
import { settingsGraphql, signInAs } from './utils/settings-graphql';
import { startTestServer, type TestServer } from './utils/start-test-server';

type ToolReply = {
  result: {
    isError?: boolean;
    content: { text: string }[];
    structuredContent?: {
      records: {
        emails: { primaryEmail: string };
        name: { lastName: string };
      }[];
    };
  };
};

// What an operator sees of the standalone host: JSON logs, probes and
// metrics, client addresses behind a proxy, and internal failures that
// reach the client only as a request id.
describe('operating the standalone host', () => {
  const logs = captureLogs();
  let server: TestServer;
  let tokens: Record<string, string>;

  const origin = () => new URL(server.url).origin;

  const callTool = (
    token: string,
    args: Record<string, unknown>,
    headers: Record<string, string> = {},
  ) =>
    fetch(server.url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'mcp-protocol-version': '2025-11-25',
        ...headers,
      },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 1,
        method: 'tools/call',
        params: { name: 'find_records', arguments: args },
      }),
    });

  const linesFor = (requestId: string | null) =>
    logs.lines().filter((line) => line.requestId === requestId);

  beforeAll(async () => {
    // Behind a proxy on loopback, as nginx beside the host would be.
    server = await startTestServer(
      { trustProxy: 'loopback' },
      { logging: { level: 'info', destination: logs.destination } },
    );
    tokens = await demoTokens(server.testDatabase.url);
  }, 60_000);

  afterAll(() => server?.stopAll());

  it('should answer /healthz and a /readyz listing each check', async () => {
    const health = await fetch(`${origin()}/healthz`);

    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });

    const ready = await fetch(`${origin()}/readyz`);

    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ok',
      checks: expect.objectContaining({ database: 'ok', migrations: 'ok' }),
    });
  });

  it('should log a tool call and its request as JSON, by request id, without the token or any record content', async () => {
    const token = tokens['MCP - admin'];
    const response = await callTool(token, { object: 'person', limit: 2 });
    const body = (await response.json()) as ToolReply;
    const requestId = response.headers.get('x-request-id');
    const records = body.result.structuredContent!.records;

    expect(records).toHaveLength(2);
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(linesFor(requestId)).toEqual([
      expect.objectContaining({
        level: 30,
        msg: 'tool call',
        workspaceId: DEMO_WORKSPACE.id,
        principalKind: 'apiKey',
        principalId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        tool: 'find_records',
        object: 'person',
        recordCount: 2,
        durationMs: expect.any(Number),
        outcome: 'ok',
      }),
      expect.objectContaining({
        level: 30,
        msg: 'mcp request',
        method: 'POST',
        status: 200,
        durationMs: expect.any(Number),
        protocolVersion: '2025-11-25',
      }),
    ]);

    const everything = logs.raw.join('\n');

    expect(everything).not.toContain(token);
    expect(everything).not.toContain(token.split('.')[2]);
    for (const record of records) {
      expect(everything).not.toContain(record.emails.primaryEmail);
      expect(everything).not.toContain(record.name.lastName);
    }
  });

  it('should log a refused credential with its reason, count it, and never log the token', async () => {
    const token = tokens['MCP - admin'];
    // A real token whose signature no longer matches.
    const forged = `${token.slice(0, -4)}${token.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
    const response = await callTool(forged, { object: 'person' });

    expect(response.status).toBe(401);
    expect(linesFor(response.headers.get('x-request-id'))).toEqual([
      expect.objectContaining({
        level: 40,
        msg: 'refused a credential',
        kind: 'bad_signature',
        reason: expect.stringContaining('signature'),
      }),
      expect.objectContaining({ msg: 'mcp request', status: 401 }),
    ]);
    expect(logs.raw.join('\n')).not.toContain(forged.split('.')[2]);

    const metrics = await (await fetch(`${origin()}/metrics`)).text();

    expect(metrics).toMatch(
      /^twenty_mcp_auth_failures_total\{reason="bad_signature"\} [1-9]/m,
    );
  });

  it('should take the client address from X-Forwarded-For when the proxy is trusted', async () => {
    const response = await callTool(
      tokens['MCP - admin'],
      { object: 'company', limit: 1 },
      { 'x-forwarded-for': '203.0.113.7' },
    );

    expect(response.status).toBe(200);
    expect(linesFor(response.headers.get('x-request-id'))).toContainEqual(
      expect.objectContaining({
        msg: 'mcp request',
        clientAddress: '203.0.113.7',
      }),
    );
  });

  it('should log a client repeating a mistake a few times, not every time', async () => {
    const statuses: number[] = [];

    for (let attempt = 0; attempt < 12; attempt++) {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': '198.51.100.9',
        },
        body: '{}',
      });

      statuses.push(response.status);
    }

    const logged = logs
      .lines()
      .filter((line) => line.clientAddress === '198.51.100.9');

    expect(new Set(statuses)).toEqual(new Set([401]));
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.length).toBeLessThan(12);
    expect(logged.every((line) => line.level === 40)).toBe(true);
  });

  it('should refuse a Host it does not serve, naming it and what to set', async () => {
    // fetch cannot set Host: a plain HTTP request can.
    const response = await new Promise<{ status: number; text: string }>(
      (resolve, reject) => {
        const sent = request(
          server.url,
          {
            method: 'POST',
            headers: {
              host: 'crm.example.com',
              'content-type': 'application/json',
            },
          },
          (reply) => {
            let text = '';

            reply.on('data', (chunk: Buffer) => (text += chunk.toString()));
            reply.on('end', () =>
              resolve({ status: reply.statusCode ?? 0, text }),
            );
          },
        );

        sent.once('error', reject);
        sent.end('{}');
      },
    );
    const body = JSON.parse(response.text) as { error: { message: string } };

    expect(response.status).toBe(403);
    expect(body.error.message).toContain(
      'Host "crm.example.com" is not served',
    );
    expect(body.error.message).toContain('MCP_ALLOWED_HOSTS');
    expect(body.error.message).toContain('PUBLIC_URL');
  });

  it('should serve Prometheus metrics: tool calls, latency, HTTP statuses, pool usage, process', async () => {
    await callTool(tokens['MCP - admin'], { object: 'person', limit: 1 });

    const response = await fetch(`${origin()}/metrics`);
    const metrics = await response.text();

    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(metrics).toMatch(
      /^twenty_mcp_tool_calls_total\{tool="find_records",outcome="ok"\} [1-9]/m,
    );
    expect(metrics).toMatch(
      /^twenty_mcp_tool_call_duration_seconds_count\{tool="find_records",outcome="ok"\} [1-9]/m,
    );
    expect(metrics).toMatch(
      /^twenty_mcp_http_requests_total\{status="200"\} [1-9]/m,
    );
    expect(metrics).toMatch(
      /^twenty_mcp_http_requests_total\{status="401"\} [1-9]/m,
    );
    for (const pool of ['records', 'storage', 'reads']) {
      for (const state of ['total', 'idle', 'waiting']) {
        expect(metrics).toMatch(
          new RegExp(
            `^twenty_mcp_db_pool_connections\\{pool="${pool}",state="${state}"\\} \\d+`,
            'm',
          ),
        );
      }
    }
    expect(metrics).toMatch(/^process_cpu_user_seconds_total /m);
  });

  it('should log who changed which setting, never the password used to sign in', async () => {
    const admin = await signInAs(server.url, 'alex.rivera@northwind.test');
    const reply = await settingsGraphql(
      server.url,
      `mutation { updateMcpSettings(input: { exposeNewObjects: false }) { exposeNewObjects } }`,
      {},
      admin,
    );

    expect(reply.errors).toBeUndefined();
    expect(logs.lines()).toContainEqual(
      expect.objectContaining({
        msg: 'settings changed',
        change: 'updateMcpSettings',
        workspaceId: DEMO_WORKSPACE.id,
        actorKind: 'user',
        actorId: expect.any(String),
        arguments: { input: { exposeNewObjects: false } },
      }),
    );
    expect(logs.raw.join('\n')).not.toContain(DEMO_USER_PASSWORD);
    expect(logs.raw.join('\n')).not.toContain(admin.split('.')[2]);
  });

  describe('unexpected failures', () => {
    // SQL and driver text, table names, source locations.
    const LEAKS =
      /relation "|column "|SELECT |syntax error|core\."|"workspace_|\.ts:\d|QueryFailedError/;

    const alter = (sql: string) => server.dataSource.query(sql);

    it('should answer a broken tool call with the request id only, and log the cause', async () => {
      const [{ databaseSchema }] = await server.dataSource.query(
        `SELECT "databaseSchema" FROM core."workspace" WHERE "id" = $1`,
        [DEMO_WORKSPACE.id],
      );

      await alter(
        `ALTER TABLE "${databaseSchema}"."company" RENAME COLUMN "name" TO "name_gone"`,
      );

      const response = await callTool(tokens['MCP - admin'], {
        object: 'company',
        limit: 1,
      });
      const text = await response.text();
      const requestId = response.headers.get('x-request-id');

      expect(text).toContain(`Request id: ${requestId}.`);
      expect(text).not.toMatch(LEAKS);
      expect(linesFor(requestId)).toContainEqual(
        expect.objectContaining({
          level: 50,
          msg: 'tool call',
          outcome: 'internal_error',
          errorClass: expect.any(String),
          cause: expect.stringContaining('name'),
        }),
      );
    });

    it('should answer the settings API without SQL when core."rolePermissionFlag" is gone, and log the cause', async () => {
      await alter(`DROP TABLE core."rolePermissionFlag" CASCADE`);

      const response = await fetch(`${origin()}/settings/mcp/graphql`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${tokens['MCP - admin']}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ query: '{ mcpSettings { isEnabled } }' }),
      });
      const requestId = response.headers.get('x-request-id');
      const text = await response.text();

      expect(JSON.parse(text).errors).toEqual([
        expect.objectContaining({
          message: `Internal error (request id ${requestId}).`,
        }),
      ]);
      expect(text).not.toMatch(LEAKS);
      expect(linesFor(requestId)).toContainEqual(
        expect.objectContaining({
          level: 50,
          msg: 'settings API request failed',
          cause: expect.stringContaining('rolePermissionFlag'),
        }),
      );
    });
  });
});
