import { DEMO_WORKSPACE } from '@twenty-mcp/twenty-db';

import { demoTokens } from '@twenty-mcp/twenty-db/testing';

import { startTestApp, type TestApp } from '../utils/start-test-app';

// Failures the caller did not cause (a database that no longer has the
// layout the module expects) reach every surface as a generic internal
// error: no SQL, no table names, no stack. The cause goes to the log.
describe('responses never carry internals', () => {
  let server: TestApp;
  let tokens: Record<string, string>;
  let schemaName: string;

  // SQL and driver text, table names, source locations.
  const LEAKS =
    /relation "|column "|SELECT |syntax error|core\."|"workspace_|\.ts:\d|QueryFailedError/;

  beforeAll(async () => {
    server = await startTestApp();
    tokens = await demoTokens(server.databaseUrl);

    const [workspace] = await server.dataSource.query(
      `SELECT "databaseSchema" FROM core."workspace" WHERE "id" = $1`,
      [DEMO_WORKSPACE.id],
    );

    schemaName = workspace.databaseSchema;
  }, 60_000);

  afterAll(() => server?.stop());

  it('should answer a tool call whose table is broken with the fixed internal message', async () => {
    await server.dataSource.query(
      `ALTER TABLE "${schemaName}"."company" RENAME COLUMN "name" TO "name_gone"`,
    );

    try {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${tokens['MCP - admin']}`,
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
          'mcp-protocol-version': '2025-11-25',
        },
        body: JSON.stringify({
          jsonrpc: '2.0',
          id: 1,
          method: 'tools/call',
          params: {
            name: 'find_records',
            arguments: { object: 'company', limit: 1 },
          },
        }),
      });
      const body = (await response.json()) as {
        result: { isError: boolean; content: { text: string }[] };
      };

      expect(response.status).toBe(200);
      expect(body.result.isError).toBe(true);
      // The request id to quote, the same the response header carries.
      expect(body.result.content[0].text).toBe(
        `The server could not complete this call because of an internal error; nothing was changed. Retrying once is safe. Request id: ${response.headers.get('x-request-id')}.`,
      );
      expect(JSON.stringify(body)).not.toMatch(LEAKS);
    } finally {
      await server.dataSource.query(
        `ALTER TABLE "${schemaName}"."company" RENAME COLUMN "name_gone" TO "name"`,
      );
    }
  });

  it('should answer the settings API without SQL when Twenty permission tables differ', async () => {
    await server.dataSource.query(
      `ALTER TABLE core."rolePermissionFlag" RENAME TO "rolePermissionFlagGone"`,
    );

    try {
      const response = await fetch(
        new URL('/settings/mcp/graphql', server.baseUrl),
        {
          method: 'POST',
          headers: {
            authorization: `Bearer ${tokens['MCP - admin']}`,
            'content-type': 'application/json',
            'x-request-id': 'settings-request-1',
          },
          body: JSON.stringify({ query: '{ mcpSettings { isEnabled } }' }),
        },
      );
      const body = (await response.json()) as {
        errors: { message: string; extensions: { code: string } }[];
      };

      expect(body.errors).toEqual([
        expect.objectContaining({
          message: 'Internal error (request id settings-request-1).',
          extensions: expect.objectContaining({
            code: 'INTERNAL_SERVER_ERROR',
            requestId: 'settings-request-1',
          }),
        }),
      ]);
      expect(JSON.stringify(body)).not.toMatch(LEAKS);
    } finally {
      await server.dataSource.query(
        `ALTER TABLE core."rolePermissionFlagGone" RENAME TO "rolePermissionFlag"`,
      );
    }
  });
});
