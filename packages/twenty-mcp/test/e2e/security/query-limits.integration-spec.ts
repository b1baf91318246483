import { listApiKeys } from '@twenty-mcp/twenty-db';
import { type Client as PgClient, escapeIdentifier } from 'pg';

import { CredentialSlots } from '../../../src/protocol/services/credential-slots.service';
import { useTestApps } from '../utils/use-test-app';
import { callTool, callToolError, textOf } from '../utils/tool-calls';

// What one credential's tool calls may hold of the database: each statement
// is stopped after the statement timeout, a client that goes away cancels
// its running query, and a credential runs a bounded number of calls at
// once. A query is made slow honestly, without timing: the test holds an
// ACCESS EXCLUSIVE lock on the table the tool reads, so the tool's SELECT
// waits until the lock goes or the query is stopped.

const LEGACY = '2025-11-25';
const MODERN = '2026-07-28';

// Statements of the app's pool waiting for a lock, i.e. tool calls blocked
// behind the test's lock. Client backends only: an autovacuum worker of the
// freshly cloned database may queue behind the lock too.
// The test polls from the connection that holds the lock, inside its
// transaction, where PostgreSQL serves pg_stat_activity from a snapshot
// taken at the first read: cleared first, every poll sees the present.
const countBlocked = async (pg: PgClient): Promise<number> => {
  await pg.query('SELECT pg_stat_clear_snapshot()');

  const { rows } = await pg.query<{ blocked: number }>(
    `SELECT count(*)::int AS blocked FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid()
        AND backend_type = 'client backend' AND wait_event_type = 'Lock'`,
  );

  return rows[0].blocked;
};

// Polls PostgreSQL's own view until it says what the test waits for; the
// deadline only bounds a failing test, nothing is asserted about time.
const WAIT_DEADLINE_MS = 90_000;

// What the database's other client backends are doing, for a failure
// message: a wait that times out says what it found instead.
const describeActivity = async (pg: PgClient): Promise<string> => {
  await pg.query('SELECT pg_stat_clear_snapshot()');

  const { rows } = await pg.query<Record<string, string | null>>(
    `SELECT state, wait_event_type, wait_event, left(query, 60) AS query
       FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid()
        AND backend_type = 'client backend'`,
  );

  return JSON.stringify(rows);
};

const waitUntil = async (
  check: () => Promise<boolean>,
  pg: PgClient,
): Promise<void> => {
  const deadline = Date.now() + WAIT_DEADLINE_MS;

  while (Date.now() < deadline) {
    if (await check()) {
      return;
    }

    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  throw new Error(
    `condition not reached in ${WAIT_DEADLINE_MS / 1000} s; backends: ${await describeActivity(pg)}`,
  );
};

// The tests that hold the lock must not race the statement timeout: on a
// loaded machine reaching "both calls blocked" can take seconds.
const LONG_TEST_MS = 180_000;

// Holds ACCESS EXCLUSIVE on the demo's person table until release().
const lockPeople = async (pg: PgClient, schema: string) => {
  await pg.query('BEGIN');
  await pg.query(
    `LOCK TABLE ${escapeIdentifier(schema)}."person" IN ACCESS EXCLUSIVE MODE`,
  );

  return { release: () => pg.query('ROLLBACK') };
};

const findPeople = { object: 'person', limit: 1 };

const toolCallRequest = (version: string) =>
  version === MODERN
    ? {
        jsonrpc: '2.0',
        id: 7,
        method: 'tools/call',
        params: {
          name: 'find_records',
          arguments: findPeople,
          _meta: {
            'io.modelcontextprotocol/protocolVersion': MODERN,
            'io.modelcontextprotocol/clientCapabilities': {},
            'io.modelcontextprotocol/clientInfo': {
              name: 'raw-http',
              version: '1.0.0',
            },
          },
        },
      }
    : {
        jsonrpc: '2.0',
        id: 7,
        method: 'tools/call',
        params: { name: 'find_records', arguments: findPeople },
      };

describe('query limits of tool calls', () => {
  const [timed, capped] = useTestApps(
    [
      { limits: { statementTimeoutMs: 1000 } },
      // Blocked calls wait for the test's lock, never for a timeout.
      {
        limits: {
          maxConcurrentToolCallsPerToken: 2,
          statementTimeoutMs: 600_000,
        },
      },
    ],
    { name: 'query-limits' },
  );

  describe('statement timeout', () => {
    it(
      'should stop a query that runs past the timeout with a clear tool error, and free its connection',
      async () => {
        const client = await timed.connect(timed.tokens['MCP - read-only']);
        const lock = await lockPeople(timed.pg, timed.schema);
        let message: string;

        try {
          message = await callToolError(client, 'find_records', findPeople);
        } finally {
          await lock.release();
        }

        expect(message).toMatch(
          /^The query took longer than this server allows \(1 s\) and was stopped\. Narrow it/,
        );
        expect(message).not.toMatch(
          /\bselect\b|statement_timeout|canceling|"person"/i,
        );
        expect(await countBlocked(timed.pg)).toBe(0);

        // The pool is whole again: the same call now succeeds.
        const { records } = await callTool(client, 'find_records', findPeople);

        expect(records).toHaveLength(1);
      },
      LONG_TEST_MS,
    );
  });

  describe('cancellation', () => {
    it.each([LEGACY, MODERN])(
      'should cancel the running query when a %s client goes away',
      async (version) => {
        const lock = await lockPeople(capped.pg, capped.schema);

        try {
          const abort = new AbortController();
          const pending = fetch(capped.server.url, {
            method: 'POST',
            signal: abort.signal,
            headers: {
              'content-type': 'application/json',
              accept: 'application/json, text/event-stream',
              // Not the credential the concurrency test counts slots of:
              // a cancelled call frees its slot only once its handler has
              // unwound, which on a loaded machine can trail the cancel.
              authorization: `Bearer ${capped.tokens['MCP - support agent']}`,
              'mcp-protocol-version': version,
              ...(version === MODERN
                ? { 'mcp-method': 'tools/call', 'mcp-name': 'find_records' }
                : {}),
            },
            body: JSON.stringify(toolCallRequest(version)),
          }).catch((error: unknown) => error);

          await waitUntil(
            async () => (await countBlocked(capped.pg)) === 1,
            capped.pg,
          );
          abort.abort();
          await pending;

          // Still locked: the query is gone only because it was cancelled.
          await waitUntil(
            async () => (await countBlocked(capped.pg)) === 0,
            capped.pg,
          );
        } finally {
          await lock.release();
        }
      },
      LONG_TEST_MS,
    );
  });

  describe('concurrent tool calls per credential', () => {
    it(
      'should refuse a call over the cap with a clear tool error, serve other credentials, and free slots when calls end',
      async () => {
        const admin = await capped.connect(capped.tokens['MCP - admin']);
        const other = await capped.connect(capped.tokens['MCP - read-only']);
        const slots = capped.server.app.get(CredentialSlots);
        const adminKeyId = (await listApiKeys(capped.pg)).find(
          ({ name }) => name === 'MCP - admin',
        )!.id;
        const lock = await lockPeople(capped.pg, capped.schema);
        let running: Promise<unknown>[] = [];
        let refused: string;

        try {
          running = [1, 2].map(() =>
            callTool(admin, 'find_records', findPeople),
          );
          // Both calls hold their slots (the server takes a slot before it
          // touches the database); a call that fails instead fails the test
          // at once, with its own message.
          await Promise.race([
            waitUntil(
              async () => slots.heldBy('toolCall', adminKeyId) === 2,
              capped.pg,
            ),
            ...running.map((call) =>
              call.then(
                () => new Promise(() => {}),
                async (error: Error) => {
                  throw new Error(
                    `${error.message}; backends: ${await describeActivity(capped.pg)}`,
                  );
                },
              ),
            ),
          ]);

          refused = await callToolError(admin, 'find_records', findPeople);

          // Another credential has its own slots: its call waits for the
          // lock like the admin's, it is not refused.
          const otherCall = other.callTool({
            name: 'find_records',
            arguments: findPeople,
          });

          await lock.release();
          const otherResult = await otherCall;

          expect(textOf(otherResult)).toContain('"records"');
        } catch (error) {
          await lock.release();
          throw error;
        }

        expect(refused).toBe(
          'This credential already has 2 tool calls running, the most it may run at once; retry when one has finished.',
        );
        await Promise.all(running);

        const results = await Promise.all(
          [1, 2].map(() =>
            admin.callTool({ name: 'find_records', arguments: findPeople }),
          ),
        );

        expect(results.map((result) => textOf(result))).not.toContain(refused);
      },
      LONG_TEST_MS,
    );
  });
});
