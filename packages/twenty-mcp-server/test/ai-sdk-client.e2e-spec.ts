import { type MCPClient } from '@ai-sdk/mcp';
import { DEMO_WORKSPACE } from '@twenty-mcp/twenty-db';

import { demoTokens } from '@twenty-mcp/twenty-db/testing';

import { startTestServer, type TestServer } from './utils/start-test-server';

type ToolSet = Awaited<ReturnType<MCPClient['tools']>>;

type WireRequest = {
  method: string | undefined;
  protocolVersionHeader: string | null;
  metaProtocolVersion: unknown;
};

type ToolResult = {
  isError?: boolean;
  content: { type: string; text?: string }[];
  structuredContent?: Record<string, unknown>;
};

type OpportunityRecord = {
  id: string;
  stage: string;
  amount: { amount: number | null; currencyCode: string | null };
  pointOfContactId: string | null;
  pointOfContact: {
    id: string;
    name: { firstName: string; lastName: string };
  } | null;
};

// @ai-sdk/mcp is ESM-only, so it cannot be require()d. ts-jest compiles this
// file to CommonJS, but with `module: nodenext` TypeScript keeps `import()`
// as a real dynamic import (only static imports become require calls; the
// type-only import above is erased), and Jest runs with
// --experimental-vm-modules, so its runtime loads the ES module. No
// `new Function('s', 'return import(s)')` detour is needed.
const loadAiSdkMcp = () => import('@ai-sdk/mcp');

const OPEN_DEALS_OVER_50K = {
  and: [{ stage: { neq: 'CUSTOMER' } }, { amount: { amount: { gt: 50000 } } }],
};

// The AI SDK hands tools to a model loop; here the test plays the model and
// calls `execute` the way generateText would after a tool-call step.
const execute = async (
  tools: ToolSet,
  name: string,
  args: Record<string, unknown>,
): Promise<ToolResult> => {
  const tool = tools[name];

  if (!tool?.execute) {
    throw new Error(`the AI SDK exposed no executable tool "${name}"`);
  }

  return (await tool.execute(args, {
    toolCallId: `call-${name}`,
    messages: [],
    context: {},
  })) as ToolResult;
};

describe.each([
  { protocolVersionDiscovery: true, era: 'modern', version: '2026-07-28' },
  { protocolVersionDiscovery: false, era: 'legacy', version: '2025-11-25' },
] as const)(
  'AI SDK MCP client (protocolVersionDiscovery: $protocolVersionDiscovery)',
  ({ protocolVersionDiscovery, era, version }) => {
    let server: TestServer;
    let client: MCPClient;
    let schema: string;
    const wire: WireRequest[] = [];

    // Every POST the client sends, as the server receives it: which method,
    // and which protocol version the header and the body claim.
    const recordingFetch: typeof fetch = async (input, init) => {
      if (typeof init?.body === 'string') {
        const body = JSON.parse(init.body) as {
          method?: string;
          params?: { _meta?: Record<string, unknown> };
        };

        wire.push({
          method: body.method,
          protocolVersionHeader: new Headers(init.headers).get(
            'mcp-protocol-version',
          ),
          metaProtocolVersion:
            body.params?._meta?.['io.modelcontextprotocol/protocolVersion'],
        });
      }

      return fetch(input, init);
    };

    const sql = async <T>(text: string, params: unknown[] = []) =>
      (await server.dataSource.query(text, params)) as T[];

    beforeAll(async () => {
      server = await startTestServer();

      const tokens = await demoTokens(server.database.databaseUrl);
      const { createMCPClient } = await loadAiSdkMcp();

      client = await createMCPClient({
        transport: {
          type: 'http',
          url: server.url,
          headers: { Authorization: `Bearer ${tokens['MCP - admin']}` },
          fetch: recordingFetch,
        },
        protocolVersionDiscovery,
      });

      const [workspace] = await sql<{ databaseSchema: string }>(
        'SELECT "databaseSchema" FROM core.workspace WHERE id = $1',
        [DEMO_WORKSPACE.id],
      );

      schema = `"${workspace.databaseSchema}"`;
    }, 60_000);

    afterAll(async () => {
      await client?.close();
      await server?.stopAll();
    });

    it(`should negotiate the ${era} era (${version}) on the wire`, () => {
      expect(client.initializeResult.protocolVersion).toBe(version);
      expect(client.serverInfo).toMatchObject({ name: 'twenty-mcp' });
      expect(wire[0]?.method).toBe(
        era === 'modern' ? 'server/discover' : 'initialize',
      );

      // The modern era carries the version on every request, in the header
      // and in _meta; the legacy era sends the header after initialize.
      for (const request of wire.slice(1)) {
        expect(request.protocolVersionHeader).toBe(version);
        expect(request.metaProtocolVersion).toBe(
          era === 'modern' ? version : undefined,
        );
      }
    });

    it('should list the compact tools and turn each into an AI SDK tool', async () => {
      const { tools: listed } = await client.listTools();
      const tools = await client.tools();
      const names = listed.map((tool) => tool.name);

      expect(names).toEqual([
        'list_objects',
        'describe_object',
        'search_records',
        'find_records',
        'get_records',
        'aggregate_records',
        'create_records',
        'update_records',
        'delete_records',
        'restore_records',
        'destroy_records',
      ]);
      expect(Object.keys(tools)).toEqual(names);

      for (const tool of listed) {
        expect(tool.inputSchema).toMatchObject({ type: 'object' });
        expect(tools[tool.name].description).toBe(tool.description);
      }
    });

    it('should find open deals over 50k with their point of contact, as PostgreSQL counts them', async () => {
      const tools = await client.tools();
      const result = await execute(tools, 'find_records', {
        object: 'opportunity',
        filter: OPEN_DEALS_OVER_50K,
        orderBy: [{ amount: { amount: 'DescNullsLast' } }],
        expand: ['pointOfContact'],
        limit: 100,
        includeTotalCount: true,
      });
      const { records, totalCount } = result.structuredContent as {
        records: OpportunityRecord[];
        totalCount: number;
      };
      const [expected] = await sql<{ count: string }>(
        `SELECT count(*) FROM ${schema}."opportunity"
          WHERE "stage" <> 'CUSTOMER' AND "amountAmountMicros" > 50000000000
            AND "deletedAt" IS NULL`,
      );

      expect(result.isError).toBeFalsy();
      expect(totalCount).toBe(Number(expected.count));
      expect(records).toHaveLength(Math.min(totalCount, 100));

      // A point of contact in the trash is not expanded (as in Twenty), so
      // PostgreSQL says which contacts the expansion must show.
      const people = await sql<{
        id: string;
        nameFirstName: string;
        nameLastName: string;
      }>(
        `SELECT id, "nameFirstName", "nameLastName" FROM ${schema}."person"
          WHERE id = ANY($1) AND "deletedAt" IS NULL`,
        [records.map((record) => record.pointOfContactId)],
      );
      const liveContacts = new Map(people.map((person) => [person.id, person]));

      for (const record of records) {
        const contact = liveContacts.get(record.pointOfContactId ?? '');

        expect(record.stage).not.toBe('CUSTOMER');
        expect(record.amount.amount).toBeGreaterThan(50000);
        expect(record.pointOfContact).toEqual(
          contact
            ? {
                id: contact.id,
                name: {
                  firstName: contact.nameFirstName,
                  lastName: contact.nameLastName,
                },
              }
            : null,
        );
      }

      const amounts = records.map((record) => record.amount.amount ?? 0);

      expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
      expect(liveContacts.size).toBeGreaterThan(0);
    });

    it('should create a support ticket (custom object) and read it back with get_records', async () => {
      const tools = await client.tools();
      const subscriptions = await execute(tools, 'find_records', {
        object: 'subscription',
        fields: ['name'],
        limit: 1,
      });
      const [subscription] = (
        subscriptions.structuredContent as {
          records: { id: string; name: string }[];
        }
      ).records;
      const subject = `Webhook retries stuck (${era})`;
      const created = await execute(tools, 'create_records', {
        object: 'supportTicket',
        records: [
          {
            name: subject,
            details: '**Deliveries** fail since Monday.\n\n- seen by 3 users',
            priority: 'URGENT',
            channel: 'CHAT',
            dueOn: '2026-12-01',
            subscriptionId: subscription.id,
          },
        ],
      });

      expect(created.isError).toBeFalsy();

      const [{ id }] = (
        created.structuredContent as { records: { id: string }[] }
      ).records;
      const read = await execute(tools, 'get_records', {
        object: 'supportTicket',
        ids: [id],
        expand: ['subscription'],
      });
      const [ticket] = (
        read.structuredContent as { records: Record<string, unknown>[] }
      ).records;

      expect(read.isError).toBeFalsy();
      expect(ticket).toMatchObject({
        id,
        name: subject,
        details: '**Deliveries** fail since Monday.\n\n- seen by 3 users',
        priority: 'URGENT',
        channel: 'CHAT',
        dueOn: '2026-12-01',
        isResolved: false,
        satisfaction: null,
        subscriptionId: subscription.id,
        subscription: { id: subscription.id, name: subscription.name },
        createdBy: { source: 'API', name: 'MCP - admin' },
      });
      expect(Date.parse(ticket.openedAt as string)).not.toBeNaN();

      const [row] = await sql<Record<string, unknown>>(
        `SELECT "name", "priority", "detailsMarkdown", "createdBySource", "deletedAt"
           FROM ${schema}."_supportTicket" WHERE id = $1`,
        [id],
      );

      expect(row).toEqual({
        name: subject,
        priority: 'URGENT',
        detailsMarkdown:
          '**Deliveries** fail since Monday.\n\n- seen by 3 users',
        createdBySource: 'API',
        deletedAt: null,
      });
    });

    it('should return a bad argument as an isError result the model can act on', async () => {
      const tools = await client.tools();
      const wrongStage = await execute(tools, 'find_records', {
        object: 'opportunity',
        filter: { stage: { eq: 'WON' } },
      });
      const wrongObject = await execute(tools, 'find_records', {
        object: 'invoice',
      });
      const tool = tools.find_records;
      const modelOutput = await tool.toModelOutput?.({
        toolCallId: 'call-find_records',
        input: { object: 'opportunity', filter: { stage: { eq: 'WON' } } },
        output: wrongStage,
      });

      expect(wrongStage.isError).toBe(true);
      expect(wrongStage.content[0].text).toMatch(
        /stage.*NEW, SCREENING, MEETING, PROPOSAL, CUSTOMER/,
      );
      expect(wrongObject.isError).toBe(true);
      expect(wrongObject.content[0].text).toMatch(
        /object.*"opportunity".*"supportTicket"/,
      );
      // What the model sees in its next step: the same actionable text.
      expect(modelOutput).toEqual({
        type: 'content',
        value: [{ type: 'text', text: wrongStage.content[0].text }],
      });
    });
  },
);
