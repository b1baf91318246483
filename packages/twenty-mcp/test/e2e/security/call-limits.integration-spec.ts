import { type Client } from '@modelcontextprotocol/client';
import { DEMO_WORKSPACE } from '@twenty-mcp/twenty-db';
import {
  startRedisServer,
  type TestRedisServer,
} from '@twenty-mcp/twenty-db/testing';
import Redis from 'ioredis';

import { type TwentyMcpModuleOptions } from '../../../src/config/types/twenty-mcp-module-options.type';
import { McpMetricsService } from '../../../src/services/metrics/mcp-metrics.service';
import { postMcp } from '../utils/post-mcp';
import { settingsGraphql, signInAs } from '../utils/settings-graphql';
import { textOf, type ToolResult } from '../utils/tool-calls';
import { type E2eApp, useTestApps } from '../utils/use-test-app';

// Hourly tool-call limits (docs/limits.md, "Call limits"): per token and
// tier, per workspace, shared through Redis, per process without it. The
// limits are tiny, so every count is reached by a handful of calls; nothing
// is asserted about time.

const READS = 3;
const WRITES = 2;
const WORKSPACE = 5;

const REFUSAL =
  /Retry in (\d+) s \(at (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)\)\. A workspace admin can change the limits at http:\/\/127\.0\.0\.1:\d+\/settings\/mcp\.$/;

const findPeople = { object: 'person', limit: 1 };
const createCompany = (name: string) => ({
  object: 'company',
  records: [{ name }],
});

// A real SDK client whose HTTP responses the test can read: the last
// Retry-After the server sent.
type LimitedClient = {
  client: Client;
  lastRetryAfter: () => string | null;
  // The protocol version of the last request, to know the era spoken.
  lastVersion: () => string | null;
};

const connectRecording = async (
  app: E2eApp,
  token: string,
  mode: 'legacy' | 'auto',
): Promise<LimitedClient> => {
  let retryAfter: string | null = null;
  let version: string | null = null;
  const client = await app.connect(token, {
    mode,
    fetch: async (input, init) => {
      const response = await fetch(input, init);

      version = new Headers(init?.headers).get('mcp-protocol-version');

      retryAfter = response.headers.get('retry-after');

      return response;
    },
  });

  return {
    client,
    lastRetryAfter: () => retryAfter,
    lastVersion: () => version,
  };
};

const call = (client: Client, name: string, args: Record<string, unknown>) =>
  client.callTool({ name, arguments: args });

const expectServed = (result: ToolResult) => {
  if (result.isError) {
    throw new Error(`refused: ${textOf(result)}`);
  }
};

const expectRefused = (result: ToolResult, start: RegExp): number => {
  expect(result.isError).toBe(true);
  expect(textOf(result)).toMatch(start);

  const [, seconds, at] = textOf(result).match(REFUSAL) ?? [];

  expect(seconds).toBeDefined();
  expect(Number(seconds)).toBeGreaterThan(0);
  expect(Number(seconds)).toBeLessThanOrEqual(3600);
  expect(Number.isNaN(Date.parse(at))).toBe(false);

  return Number(seconds);
};

const TOKEN_READS =
  /^Call limit reached: this token may make 3 read calls per hour\. /;
const TOKEN_WRITES =
  /^Call limit reached: this token may make 2 write calls \(create, update, delete, restore, destroy\) per hour\. /;
const WORKSPACE_CALLS =
  /^Call limit reached: the tokens of this workspace may make 5 tool calls per hour together\. /;

describe('hourly call limits', () => {
  let redis: TestRedisServer;
  let inspector: Redis;
  // Filled in before the apps start (their beforeAll runs after this one).
  const shared: Partial<TwentyMcpModuleOptions> = {
    limits: {
      readCallsPerTokenPerHour: READS,
      writeCallsPerTokenPerHour: WRITES,
      callsPerWorkspacePerHour: WORKSPACE,
    },
  };

  beforeAll(async () => {
    redis = await startRedisServer();
    shared.redisUrl = redis.url;
    inspector = new Redis(redis.url, { maxRetriesPerRequest: 1 });
  });

  const [first, second, alone] = useTestApps([shared, shared, {}], {
    name: 'call-limits',
  });

  afterAll(async () => {
    inspector.disconnect();
    await redis.stop();
  });

  describe('with Redis', () => {
    // Each test starts with no calls counted.
    beforeEach(async () => {
      await inspector.flushall();
    });

    it.each(['legacy', 'auto'] as const)(
      'should refuse the (N+1)th read of a token with the limit and the retry time, and answer Retry-After (%s era)',
      async (mode) => {
        const admin = await connectRecording(
          first,
          first.tokens['MCP - admin'],
          mode,
        );

        for (let index = 0; index < READS; index += 1) {
          expectServed(await call(admin.client, 'find_records', findPeople));
        }

        const seconds = expectRefused(
          await call(admin.client, 'find_records', findPeople),
          TOKEN_READS,
        );

        expect(admin.lastRetryAfter()).toBe(String(seconds));
        expect(admin.lastVersion()).toBe(
          mode === 'legacy' ? '2025-11-25' : '2026-07-28',
        );
        // Other methods are not counted.
        expect((await admin.client.listTools()).tools.length).toBeGreaterThan(
          0,
        );
        expect(admin.lastRetryAfter()).toBeNull();
        expect(
          await first.server.app.get(McpMetricsService).registry.metrics(),
        ).toMatch(
          mode === 'legacy'
            ? /twenty_mcp_tool_calls_limited_total\{limit="token_read"\} 1\n/
            : /twenty_mcp_tool_calls_limited_total\{limit="token_read"\} 2\n/,
        );
      },
    );

    it('should serve another token of the workspace until the per-workspace limit', async () => {
      const admin = await first.connect(first.tokens['MCP - admin']);
      const readOnly = await first.connect(first.tokens['MCP - read-only']);

      for (let index = 0; index < READS; index += 1) {
        expectServed(await call(admin, 'find_records', findPeople));
      }

      expectRefused(await call(admin, 'find_records', findPeople), TOKEN_READS);
      // A refused call is counted nowhere: the workspace has used 3 of 5.
      expectServed(await call(readOnly, 'find_records', findPeople));
      expectServed(await call(readOnly, 'find_records', findPeople));
      expectRefused(
        await call(readOnly, 'find_records', findPeople),
        WORKSPACE_CALLS,
      );

      // Another workspace counts apart.
      const globex = await first.connect(first.tokens['Globex - admin']);

      expectServed(await call(globex, 'find_records', findPeople));
    });

    it('should limit writes apart from reads', async () => {
      const admin = await first.connect(first.tokens['MCP - admin']);

      for (let index = 0; index < READS; index += 1) {
        expectServed(await call(admin, 'find_records', findPeople));
      }

      expectRefused(await call(admin, 'find_records', findPeople), TOKEN_READS);

      for (let index = 0; index < WRITES; index += 1) {
        expectServed(
          await call(
            admin,
            'create_records',
            createCompany(`Limited ${index}`),
          ),
        );
      }

      expectRefused(
        await call(admin, 'create_records', createCompany('Refused')),
        TOKEN_WRITES,
      );
      expect(
        (
          await first.pg.query(
            `SELECT count(*)::int AS count FROM "${first.schema}"."company" WHERE "name" = 'Refused'`,
          )
        ).rows[0].count,
      ).toBe(0);
    });

    it('should count each call of a JSON-RPC batch, and answer Retry-After on the batch', async () => {
      const response = await postMcp(
        first.server.url,
        first.tokens['MCP - admin'],
        Array.from({ length: READS + 1 }, (_, id) => ({
          jsonrpc: '2.0',
          id,
          method: 'tools/call',
          params: { name: 'find_records', arguments: findPeople },
        })),
      );
      const replies = (await response.json()) as {
        result: ToolResult;
      }[];
      const refused = replies.filter(({ result }) => result.isError);

      expect(replies).toHaveLength(READS + 1);
      expect(refused).toHaveLength(1);

      const seconds = expectRefused(refused[0].result, TOKEN_READS);

      expect(response.headers.get('retry-after')).toBe(String(seconds));
    });

    it('should share the count between two instances on one Redis', async () => {
      const onFirst = await first.connect(first.tokens['MCP - admin']);
      const onSecond = await second.connect(second.tokens['MCP - admin']);

      expectServed(await call(onFirst, 'find_records', findPeople));
      expectServed(await call(onSecond, 'find_records', findPeople));
      expectServed(await call(onFirst, 'find_records', findPeople));
      expectRefused(
        await call(onSecond, 'find_records', findPeople),
        TOKEN_READS,
      );
    });

    it('should still serve calls when Redis goes away, and limit them per process', async () => {
      const onFirst = await first.connect(first.tokens['MCP - read-only']);
      const onSecond = await second.connect(second.tokens['MCP - read-only']);

      expectServed(await call(onFirst, 'find_records', findPeople));

      await redis.stop();

      // Counted in each process's memory from here on.
      for (let index = 0; index < READS; index += 1) {
        expectServed(await call(onFirst, 'find_records', findPeople));
      }

      expectRefused(
        await call(onFirst, 'find_records', findPeople),
        TOKEN_READS,
      );
      expectServed(await call(onSecond, 'find_records', findPeople));
    });
  });

  describe('set in the settings', () => {
    const UPDATE = `mutation ($input: UpdateMcpSettingsInput!) {
      updateMcpSettings(input: $input) {
        callLimits { readCallsPerTokenPerHour writeCallsPerTokenPerHour callsPerWorkspacePerHour }
        defaultCallLimits { readCallsPerTokenPerHour writeCallsPerTokenPerHour callsPerWorkspacePerHour }
      }
    }`;

    it('should apply a workspace admin’s limits on the next call, and go back to the defaults on null', async () => {
      const priya = await signInAs(
        alone.server.url,
        'priya.patel@northwind.test',
      );
      const set = await settingsGraphql<{
        updateMcpSettings: Record<string, Record<string, number>>;
      }>(
        alone.server.url,
        UPDATE,
        { input: { readCallsPerTokenPerHour: 1 } },
        priya,
      );

      expect(set.data?.updateMcpSettings).toEqual({
        callLimits: {
          readCallsPerTokenPerHour: 1,
          writeCallsPerTokenPerHour: 200,
          callsPerWorkspacePerHour: 3000,
        },
        defaultCallLimits: {
          readCallsPerTokenPerHour: 1000,
          writeCallsPerTokenPerHour: 200,
          callsPerWorkspacePerHour: 3000,
        },
      });

      const client = await alone.connect(alone.tokens['MCP - support agent']);

      expectServed(await call(client, 'find_records', findPeople));
      expectRefused(
        await call(client, 'find_records', findPeople),
        /^Call limit reached: this token may make 1 read calls per hour\. /,
      );

      const reset = await settingsGraphql<{
        updateMcpSettings: Record<string, Record<string, number>>;
      }>(
        alone.server.url,
        UPDATE,
        { input: { readCallsPerTokenPerHour: null } },
        priya,
      );

      expect(
        reset.data?.updateMcpSettings.callLimits.readCallsPerTokenPerHour,
      ).toBe(1000);
      expectServed(await call(client, 'find_records', findPeople));
    });

    it('should refuse limits out of bounds, and callers who cannot manage API keys', async () => {
      const priya = await signInAs(
        alone.server.url,
        'priya.patel@northwind.test',
      );
      // Sam is a member of two workspaces: the demo's is named.
      const sam = await signInAs(
        alone.server.url,
        'sam.chen@northwind.test',
        DEMO_WORKSPACE.id,
      );
      const outOfBounds = await settingsGraphql(
        alone.server.url,
        UPDATE,
        { input: { writeCallsPerTokenPerHour: 0 } },
        priya,
      );
      const tooHigh = await settingsGraphql(
        alone.server.url,
        UPDATE,
        { input: { callsPerWorkspacePerHour: 1_000_001 } },
        priya,
      );
      const forbidden = await settingsGraphql(
        alone.server.url,
        UPDATE,
        { input: { readCallsPerTokenPerHour: 5 } },
        sam,
      );

      expect(outOfBounds.errors?.[0]).toMatchObject({
        message:
          'writeCallsPerTokenPerHour must be a whole number from 1 to 1000000',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      expect(tooHigh.errors?.[0]).toMatchObject({
        message:
          'callsPerWorkspacePerHour must be a whole number from 1 to 1000000',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });
});
