import { type Client } from '@modelcontextprotocol/client';
import { DEMO_WORKSPACE } from '@twenty-mcp/twenty-db';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client as PgClient } from 'pg';

import { issueAdminMcpToken } from '../utils/issue-admin-mcp-token';
import { callTool } from '../utils/tool-calls';
import { useTestApps } from '../utils/use-test-app';

// What one warm tool call asks PostgreSQL (docs/operations.md, "Caching"):
// the credential once, then the tool's own read — no cache-key or
// workspace reads while they are recent, no BEGIN/SET/COMMIT around the
// read (its connection is read-only with the timeout from the start), and
// both as prepared (named) statements. Every statement a pg client of
// this process sends is recorded with its connection; the audit trail's
// transactions (written off the request path) and the test's own
// connection are left out.
describe('database round trips of a warm tool call', () => {
  const [app] = useTestApps([{}], { name: 'round-trips-e2e' });
  const sent: { connection: PgClient; text: string; name?: string }[] = [];
  const sendQuery = PgClient.prototype.query;

  beforeAll(() => {
    PgClient.prototype.query = function (
      this: PgClient,
      ...args: unknown[]
    ): unknown {
      const [query] = args;
      const { text, name } =
        typeof query === 'string'
          ? { text: query, name: undefined }
          : ((query as { text?: string; name?: string } | null) ?? {});

      if (this !== app.pg && text) {
        sent.push({ connection: this, text, name });
      }

      return (sendQuery as (...all: unknown[]) => unknown).apply(this, args);
    } as typeof PgClient.prototype.query;
  });

  afterAll(() => {
    PgClient.prototype.query = sendQuery;
  });

  // The request's statements: per connection, whole transactions that
  // touch the audit trail are dropped.
  const requestStatements = () => {
    const kept: { text: string; name?: string }[] = [];

    for (const connection of new Set(sent.map((item) => item.connection))) {
      let transaction: { text: string; name?: string }[] | null = null;

      for (const { text, name } of sent.filter(
        (item) => item.connection === connection,
      )) {
        if (/^START TRANSACTION/.test(text)) {
          transaction = [{ text, name }];
        } else if (transaction) {
          transaction.push({ text, name });

          if (/^(COMMIT|ROLLBACK)$/.test(text)) {
            if (!transaction.some((part) => /auditEvent/.test(part.text))) {
              kept.push(...transaction);
            }

            transaction = null;
          }
        } else {
          kept.push({ text, name });
        }
      }
    }

    return kept;
  };

  const auditRows = async () =>
    Number(
      (
        await app.pg.query<{ count: string }>(
          `SELECT count(*) FROM mcp."auditEvent" WHERE "workspaceId" = $1`,
          [DEMO_WORKSPACE.id],
        )
      ).rows[0].count,
    );

  // A call, and the audit trail's write of it, which follows the response.
  const auditedCall = async (call: () => Promise<unknown>) => {
    const before = await auditRows();

    await call();

    for (let attempt = 0; attempt < 200; attempt++) {
      if ((await auditRows()) > before) {
        return;
      }

      await sleep(25);
    }

    throw new Error('the call was never audited');
  };

  // The statements of one call made right after a first (warming) one.
  const warmCall = async (client: Client, id: string) => {
    const args = { object: 'company', ids: [id] };

    // The clock held still from the warming call on, so that the second
    // call falls inside the one-second window however loaded the machine.
    const frozen = Date.now();
    const clock = jest.spyOn(Date, 'now').mockImplementation(() => frozen);

    try {
      await auditedCall(() => callTool(client, 'get_records', args));
      sent.length = 0;
      await auditedCall(() => callTool(client, 'get_records', args));
    } finally {
      clock.mockRestore();
    }

    return requestStatements();
  };

  const companyId = async () =>
    (
      await app.pg.query<{ id: string }>(
        `SELECT "id" FROM "${app.schema}"."company" LIMIT 1`,
      )
    ).rows[0].id;

  const prepared = (text: string) => ({
    text: expect.stringContaining(text),
    name: expect.stringMatching(/^tmcp_/),
  });

  it('should check a Twenty API key with one statement, then run the read alone, both prepared', async () => {
    const statements = await warmCall(
      await app.connect(app.tokens['MCP - admin']),
      await companyId(),
    );

    expect(statements).toEqual([
      prepared('FROM core."apiKey"'),
      prepared(`FROM "${app.schema}"."company"`),
    ]);
  });

  it('should check an MCP token (and note its use) with one statement, then run the read', async () => {
    const token = await issueAdminMcpToken(app.server, {
      name: 'round trips',
      scopes: ['read'],
    });
    const statements = await warmCall(
      await app.connect(token),
      await companyId(),
    );

    expect(statements).toEqual([
      prepared('FROM "mcp"."token"'),
      prepared(`FROM "${app.schema}"."company"`),
    ]);
  });
});
