import {
  Client,
  ProtocolError,
  StreamableHTTPClientTransport,
} from '@modelcontextprotocol/client';
import {
  DEMO_WORKSPACE,
  listApiKeys,
  mintApiKeyToken,
  SECOND_WORKSPACE,
} from '@twenty-mcp/twenty-db';
import { TEST_APP_SECRET } from '@twenty-mcp/twenty-db/testing';
import { escapeIdentifier, Client as PgClient } from 'pg';

import { demoTokens } from './utils/demo-tokens';
import { startTestServer, type TestServer } from './utils/start-test-server';

// What one credential can never see or do, checked through the official
// SDK client against real PostgreSQL: other workspaces, objects and fields
// its role hides, writes a read-only role may not make, injection through
// any argument, and credentials or workspaces switched off mid-session.

type ToolOutcome = {
  isError: boolean;
  text: string;
  structuredContent: Record<string, unknown>;
};

type RecordsContent = {
  records: Record<string, unknown>[];
  missingIds?: string[];
  totalCount?: number;
  pageInfo?: { hasNextPage: boolean; endCursor: string | null };
};

type SearchContent = { hits: { object: string; id: string; label: string }[] };

const OPPORTUNITY_WORD = /opportunit/i;
const HIDDEN_FIELD_WORDS =
  /phones|primaryPhone|additionalPhones|annualRecurringRevenue/i;
const WRITE_TOOL_PREFIXES = ['create_', 'update_', 'delete_', 'restore_'];

// A message may repeat what the caller sent; anything else it says about
// a hidden object or field would be a leak.
const withoutEcho = (message: string, ...inputs: string[]) =>
  inputs.reduce((text, input) => text.split(input).join(''), message);

const textOf = (result: { content?: unknown }) =>
  ((result.content ?? []) as { type: string; text?: string }[])
    .filter((block) => block.type === 'text')
    .map((block) => block.text ?? '')
    .join('\n');

const expectProtocolError = async (
  promise: Promise<unknown>,
  code: number,
): Promise<ProtocolError> => {
  const error = await promise.then(
    () => {
      throw new Error('expected a protocol error');
    },
    (reason: unknown) => reason,
  );

  expect(error).toBeInstanceOf(ProtocolError);
  expect((error as ProtocolError).code).toBe(code);

  return error as ProtocolError;
};

describe('MCP security end to end', () => {
  let server: TestServer;
  let perObjectServer: TestServer;
  let tokens: Record<string, string>;
  let apiKeyIds: Record<string, string>;
  let pg: PgClient;
  let northwind: string;
  let globex: string;
  const clients: Client[] = [];

  const query = async <T extends Record<string, unknown>>(
    sql: string,
    params: unknown[] = [],
  ): Promise<T[]> => (await pg.query<T>(sql, params)).rows;

  const ids = async (schema: string, table: string, limit = 3) =>
    (
      await query<{ id: string }>(
        `SELECT id FROM ${schema}.${escapeIdentifier(table)} WHERE "deletedAt" IS NULL ORDER BY id LIMIT $1`,
        [limit],
      )
    ).map((row) => row.id);

  const count = async (schema: string, table: string) =>
    Number(
      (
        await query<{ count: string }>(
          `SELECT count(*) FROM ${schema}.${escapeIdentifier(table)}`,
        )
      )[0].count,
    );

  const connect = async (
    token: string,
    {
      url = server.url,
      fetch: fetchImpl,
    }: { url?: string; fetch?: typeof fetch } = {},
  ) => {
    const client = new Client(
      { name: 'security-e2e', version: '1.0.0' },
      { versionNegotiation: { mode: 'auto' } },
    );

    await client.connect(
      new StreamableHTTPClientTransport(new URL(url), {
        requestInit: { headers: { Authorization: `Bearer ${token}` } },
        ...(fetchImpl ? { fetch: fetchImpl } : {}),
      }),
    );
    clients.push(client);

    return client;
  };

  const call = async (
    client: Client,
    name: string,
    args: Record<string, unknown>,
  ): Promise<ToolOutcome> => {
    const result = await client.callTool({ name, arguments: args });

    return {
      isError: result.isError === true,
      text: textOf(result),
      structuredContent: (result.structuredContent ?? {}) as Record<
        string,
        unknown
      >,
    };
  };

  const records = (outcome: ToolOutcome) =>
    (outcome.structuredContent as RecordsContent).records;

  beforeAll(async () => {
    // Both databases are clones of one seed: the same keys work on both.
    [server, perObjectServer] = await Promise.all([
      startTestServer(),
      startTestServer({ toolMode: 'per-object' }),
    ]);
    tokens = await demoTokens(server.database.databaseUrl);
    pg = new PgClient({ connectionString: server.database.databaseUrl });
    await pg.connect();
    apiKeyIds = Object.fromEntries(
      (await listApiKeys(pg)).map((key) => [key.name, key.id]),
    );

    const schemas = Object.fromEntries(
      (
        await query<{ id: string; databaseSchema: string }>(
          `SELECT id, "databaseSchema" FROM core."workspace"`,
        )
      ).map((row) => [row.id, escapeIdentifier(row.databaseSchema)]),
    );

    northwind = schemas[DEMO_WORKSPACE.id];
    globex = schemas[SECOND_WORKSPACE.id];
  }, 120_000);

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()));
    await pg?.end();
    await Promise.all([server?.stopAll(), perObjectServer?.stopAll()]);
  });

  describe('workspace isolation', () => {
    let northwindClient: Client;
    let globexClient: Client;
    let globexIds: Record<'person' | 'company' | 'opportunity', string[]>;
    let allGlobexIds: Set<string>;
    let globexOnlyCompany: string;
    let globexOnlyPerson: { id: string; lastName: string };

    beforeAll(async () => {
      northwindClient = await connect(tokens['MCP - admin']);
      globexClient = await connect(tokens['Globex - admin']);
      globexIds = {
        person: await ids(globex, 'person'),
        company: await ids(globex, 'company'),
        opportunity: await ids(globex, 'opportunity'),
      };
      allGlobexIds = new Set(
        (
          await query<{ id: string }>(
            ['person', 'company', 'opportunity', 'note', 'task']
              .map((table) => `SELECT id FROM ${globex}.${table}`)
              .join(' UNION ALL '),
          )
        ).map((row) => row.id),
      );
      // Names no Northwind record carries, so a hit can only come from Globex.
      globexOnlyCompany = 'Zyxwvut Holdings';
      globexOnlyPerson = { id: globexIds.person[0], lastName: 'Quuxworthy' };
      await query(`UPDATE ${globex}.company SET name = $1 WHERE id = $2`, [
        globexOnlyCompany,
        globexIds.company[0],
      ]);
      await query(
        `UPDATE ${globex}.person SET "nameLastName" = $1 WHERE id = $2`,
        [globexOnlyPerson.lastName, globexOnlyPerson.id],
      );
    });

    it.each(['person', 'company', 'opportunity'] as const)(
      'should not return another workspace’s %s records by id',
      async (object) => {
        const fromNorthwind = await call(northwindClient, 'get_records', {
          object,
          ids: globexIds[object],
        });
        const fromGlobex = await call(globexClient, 'get_records', {
          object,
          ids: globexIds[object],
        });

        expect(fromNorthwind.isError).toBe(false);
        expect(records(fromNorthwind)).toEqual([]);
        expect(fromNorthwind.structuredContent.missingIds).toEqual(
          globexIds[object],
        );
        expect(records(fromGlobex)).toHaveLength(globexIds[object].length);
      },
    );

    it('should not find another workspace’s records by id filters or relation ids', async () => {
      const filters = [
        { id: { eq: globexIds.person[0] } },
        { id: { in: globexIds.person } },
        { companyId: { in: globexIds.company } },
        {
          or: [
            { id: { eq: globexIds.person[1] } },
            { jobTitle: { is: 'NULL' } },
          ],
        },
      ];

      for (const filter of filters) {
        const outcome = await call(northwindClient, 'find_records', {
          object: 'person',
          filter,
          limit: 100,
          includeTotalCount: true,
        });

        expect(outcome.isError).toBe(false);
        expect(
          records(outcome).filter((record) =>
            allGlobexIds.has(record.id as string),
          ),
        ).toEqual([]);
      }

      const byId = await call(northwindClient, 'find_records', {
        object: 'person',
        filter: { id: { in: globexIds.person } },
        includeTotalCount: true,
      });

      expect(byId.structuredContent.totalCount).toBe(0);
    });

    it('should not search or aggregate another workspace’s records', async () => {
      for (const text of [globexOnlyCompany, globexOnlyPerson.lastName]) {
        const search = await call(northwindClient, 'search_records', {
          query: text,
          limit: 50,
        });
        const find = await call(northwindClient, 'find_records', {
          object: 'company',
          search: text,
          limit: 100,
        });

        expect(search.isError).toBe(false);
        expect(
          (search.structuredContent as SearchContent).hits.filter((hit) =>
            allGlobexIds.has(hit.id),
          ),
        ).toEqual([]);
        expect(
          records(find).filter((record) =>
            allGlobexIds.has(record.id as string),
          ),
        ).toEqual([]);
      }

      const aggregate = await call(northwindClient, 'aggregate_records', {
        object: 'person',
        filter: { id: { in: globexIds.person } },
        metrics: [{ op: 'COUNT' }],
      });
      const total = await call(northwindClient, 'aggregate_records', {
        object: 'person',
        metrics: [{ op: 'COUNT' }],
      });
      const [{ own }] = await query<{ own: number }>(
        `SELECT count(*)::int AS own FROM ${northwind}.person WHERE "deletedAt" IS NULL`,
      );
      const globexSearch = await call(globexClient, 'search_records', {
        query: globexOnlyPerson.lastName,
      });

      expect(aggregate.structuredContent).toMatchObject({
        groups: [{ values: { COUNT: 0 } }],
      });
      expect(total.structuredContent).toMatchObject({
        groups: [{ values: { COUNT: own } }],
      });
      // The same search does find the record in its own workspace.
      expect(
        (globexSearch.structuredContent as SearchContent).hits.map(
          (hit) => hit.id,
        ),
      ).toContain(globexOnlyPerson.id);
    });

    it('should not read another workspace’s records or objects as resources', async () => {
      const personId = globexIds.person[0];
      const uris = [
        `twenty://workspace/${SECOND_WORKSPACE.id}/records/person/${personId}`,
        `twenty://workspace/${DEMO_WORKSPACE.id}/records/person/${personId}`,
        `twenty://workspace/${SECOND_WORKSPACE.id}/objects/person`,
      ];

      for (const uri of uris) {
        await expectProtocolError(
          northwindClient.readResource({ uri }),
          -32602,
        );
      }

      const own = await globexClient.readResource({ uri: uris[0] });

      expect(
        JSON.parse((own.contents[0] as { text: string }).text),
      ).toMatchObject({ id: personId });
    });

    it('should not complete from another workspace’s records', async () => {
      const [template] = (await northwindClient.listResourceTemplates())
        .resourceTemplates;
      const completeId = (client: Client) =>
        client.complete({
          ref: { type: 'ref/resource', uri: template.uriTemplate },
          argument: { name: 'id', value: globexOnlyPerson.lastName },
          context: { arguments: { object: 'person' } },
        });
      const completeCompany = (client: Client) =>
        client.complete({
          ref: { type: 'ref/prompt', name: 'account_brief' },
          argument: { name: 'company', value: globexOnlyCompany },
        });

      expect(
        (await completeId(northwindClient)).completion.values.filter((id) =>
          allGlobexIds.has(id),
        ),
      ).toEqual([]);
      expect(
        (await completeCompany(northwindClient)).completion.values,
      ).not.toContain(globexOnlyCompany);
      // Both completions work in the workspace that owns the records.
      expect((await completeId(globexClient)).completion.values).toContain(
        globexOnlyPerson.id,
      );
      expect((await completeCompany(globexClient)).completion.values).toContain(
        globexOnlyCompany,
      );
    });

    it('should not change or remove another workspace’s records', async () => {
      const [personId, otherId] = globexIds.person;
      const before = await query(
        `SELECT * FROM ${globex}.person WHERE id = ANY($1) ORDER BY id`,
        [[personId, otherId]],
      );

      const update = await call(northwindClient, 'update_records', {
        object: 'person',
        records: [{ id: personId, jobTitle: 'Hijacked' }],
      });
      const remove = await call(northwindClient, 'delete_records', {
        object: 'person',
        ids: [personId],
      });
      const destroy = await call(northwindClient, 'destroy_records', {
        object: 'person',
        ids: [otherId],
      });

      expect(update.isError).toBe(true);
      expect(remove.structuredContent).toEqual({
        object: 'person',
        ids: [],
        unchangedIds: [personId],
      });
      expect(destroy.structuredContent).toEqual({
        object: 'person',
        ids: [],
        unchangedIds: [otherId],
      });
      expect(
        await query(
          `SELECT * FROM ${globex}.person WHERE id = ANY($1) ORDER BY id`,
          [[personId, otherId]],
        ),
      ).toEqual(before);
    });

    it('should keep the second workspace’s key out of the first workspace', async () => {
      const northwindPersonIds = await ids(northwind, 'person');
      const northwindOnlyCompany = 'Vexillum Northwind Only';

      await query(`UPDATE ${northwind}.company SET name = $1 WHERE id = $2`, [
        northwindOnlyCompany,
        (await ids(northwind, 'company', 1))[0],
      ]);
      const allNorthwindIds = new Set(
        (
          await query<{ id: string }>(
            `SELECT id FROM ${northwind}.person UNION ALL SELECT id FROM ${northwind}.company`,
          )
        ).map((row) => row.id),
      );
      const get = await call(globexClient, 'get_records', {
        object: 'person',
        ids: northwindPersonIds,
      });
      const search = await call(globexClient, 'search_records', {
        query: northwindOnlyCompany,
      });

      expect(records(get)).toEqual([]);
      expect(
        (search.structuredContent as SearchContent).hits.filter((hit) =>
          allNorthwindIds.has(hit.id),
        ),
      ).toEqual([]);
      await expectProtocolError(
        globexClient.readResource({
          uri: `twenty://workspace/${DEMO_WORKSPACE.id}/records/person/${northwindPersonIds[0]}`,
        }),
        -32602,
      );
    });
  });

  describe('an object the role cannot read (Support Agent → opportunity)', () => {
    let support: Client;
    let supportPerObject: Client;
    let admin: Client;
    let opportunities: { id: string; name: string }[];

    beforeAll(async () => {
      support = await connect(tokens['MCP - support agent']);
      supportPerObject = await connect(tokens['MCP - support agent'], {
        url: perObjectServer.url,
      });
      admin = await connect(tokens['MCP - admin']);
      opportunities = await query<{ id: string; name: string }>(
        `SELECT id, name FROM ${northwind}.opportunity ORDER BY name`,
      );
    });

    it('should leave it out of tools/list in both tool modes', async () => {
      const compact = await support.listTools();
      const perObject = await supportPerObject.listTools();

      expect(JSON.stringify(compact)).not.toMatch(OPPORTUNITY_WORD);
      expect(JSON.stringify(perObject)).not.toMatch(OPPORTUNITY_WORD);
      expect(perObject.tools.map((tool) => tool.name)).toContain('find_people');
      // The admin's lists do name it: the check above can fail.
      expect(JSON.stringify(await admin.listTools())).toMatch(OPPORTUNITY_WORD);
    });

    it('should leave it out of list_objects and every object description', async () => {
      const listed = await call(support, 'list_objects', {});
      const names = (
        listed.structuredContent as { objects: { name: string }[] }
      ).objects.map((object) => object.name);

      expect(names).toEqual(
        expect.arrayContaining(['company', 'person', 'supportTicket']),
      );
      expect(listed.text).not.toMatch(OPPORTUNITY_WORD);

      for (const object of names) {
        const described = await call(support, 'describe_object', { object });

        expect(described.isError).toBe(false);
        expect(described.text).not.toMatch(OPPORTUNITY_WORD);
      }
    });

    it('should leave it out of resources, templates and their completions', async () => {
      const { resources } = await support.listResources();
      const { resourceTemplates } = await support.listResourceTemplates();
      const completeObject = (client: Client, value: string) =>
        client.complete({
          ref: { type: 'ref/resource', uri: resourceTemplates[0].uriTemplate },
          argument: { name: 'object', value },
        });

      expect(JSON.stringify({ resources, resourceTemplates })).not.toMatch(
        OPPORTUNITY_WORD,
      );

      for (const resource of resources) {
        const read = await support.readResource({ uri: resource.uri });

        expect(JSON.stringify(read.contents)).not.toMatch(OPPORTUNITY_WORD);
      }

      for (const value of ['', 'o', 'op']) {
        expect(
          (await completeObject(support, value)).completion.values,
        ).not.toContain('opportunity');
      }

      expect((await completeObject(admin, 'op')).completion.values).toContain(
        'opportunity',
      );
    });

    it('should refuse its resources as not found without naming it beyond the URI', async () => {
      for (const uri of [
        `twenty://workspace/${DEMO_WORKSPACE.id}/objects/opportunity`,
        `twenty://workspace/${DEMO_WORKSPACE.id}/records/opportunity/${opportunities[0].id}`,
      ]) {
        const error = await expectProtocolError(
          support.readResource({ uri }),
          -32602,
        );

        expect(withoutEcho(error.message, uri)).not.toMatch(OPPORTUNITY_WORD);
      }
    });

    it('should not offer its prompts nor complete its values', async () => {
      const { prompts } = await support.listPrompts();
      const aboutPrefix = opportunities[0].name.split(' ')[0];
      const opportunityNames = new Set(opportunities.map(({ name }) => name));
      const completeAbout = (client: Client) =>
        client.complete({
          ref: { type: 'ref/prompt', name: 'log_meeting' },
          argument: { name: 'about', value: aboutPrefix },
        });

      expect(prompts.map((prompt) => prompt.name)).not.toContain(
        'pipeline_review',
      );
      expect(JSON.stringify(prompts)).not.toMatch(OPPORTUNITY_WORD);

      for (const [name, args] of [
        ['account_brief', { company: 'Kreiger Group' }],
        ['log_meeting', { about: 'Kreiger Group', summary: 'Renewal call' }],
      ] as const) {
        const rendered = await support.getPrompt({ name, arguments: args });
        const adminRendered = await admin.getPrompt({ name, arguments: args });

        expect(JSON.stringify(rendered)).not.toMatch(OPPORTUNITY_WORD);
        expect(JSON.stringify(adminRendered)).toMatch(OPPORTUNITY_WORD);
      }

      await expectProtocolError(
        support.getPrompt({ name: 'pipeline_review', arguments: {} }),
        -32602,
      );
      expect(
        (
          await support.complete({
            ref: { type: 'ref/prompt', name: 'pipeline_review' },
            argument: { name: 'stage', value: '' },
          })
        ).completion.values,
      ).toEqual([]);
      expect(
        (await completeAbout(support)).completion.values.filter((value) =>
          opportunityNames.has(value),
        ),
      ).toEqual([]);
      expect(
        (await completeAbout(admin)).completion.values.some((value) =>
          opportunityNames.has(value),
        ),
      ).toBe(true);
    });

    it('should never return it from search', async () => {
      const opportunityIds = new Set(opportunities.map(({ id }) => id));
      const searchFor = (client: Client) =>
        call(client, 'search_records', {
          query: opportunities[0].name,
          limit: 50,
        });
      const supportHits = (
        (await searchFor(support)).structuredContent as SearchContent
      ).hits;
      const adminHits = (
        (await searchFor(admin)).structuredContent as SearchContent
      ).hits;

      expect(
        supportHits.filter(
          (hit) => hit.object === 'opportunity' || opportunityIds.has(hit.id),
        ),
      ).toEqual([]);
      expect(adminHits.map((hit) => hit.object)).toContain('opportunity');
    });

    it.each([
      ['find_records', {}],
      ['get_records', { ids: ['00000000-0000-4000-8000-000000000000'] }],
      ['aggregate_records', { metrics: [{ op: 'COUNT' }] }],
      ['describe_object', {}],
      ['delete_records', { ids: ['00000000-0000-4000-8000-000000000000'] }],
    ])(
      'should refuse %s on it as an unknown object, naming only the allowed ones',
      async (tool, args) => {
        const outcome = await call(support, tool, {
          object: 'opportunity',
          ...args,
        });

        expect(outcome.isError).toBe(true);
        expect(outcome.text).not.toMatch(OPPORTUNITY_WORD);
      },
    );

    it('should not expand relations that point to it', async () => {
      for (const [object, relation] of [
        ['person', 'pointOfContactForOpportunities'],
        ['company', 'opportunities'],
        ['supportTicket', 'aboutOpportunity'],
      ]) {
        const outcome = await call(support, 'find_records', {
          object,
          expand: [relation],
          limit: 1,
        });

        expect(outcome.isError).toBe(true);
        expect(withoutEcho(outcome.text, relation)).not.toMatch(
          OPPORTUNITY_WORD,
        );
      }
    });

    it('should hide the relation fields that point to it, in records, filters and writes', async () => {
      const ticketsBefore = await count(northwind, '_supportTicket');
      const tickets = await call(support, 'find_records', {
        object: 'supportTicket',
        limit: 100,
      });
      // A ticket about a deal: the link itself must stay invisible.
      const [linkedTicket] = await query<{
        id: string;
        aboutOpportunityId: string;
      }>(
        `UPDATE ${northwind}."_supportTicket" SET "aboutOpportunityId" = $1
          WHERE id = (SELECT min(id::text)::uuid FROM ${northwind}."_supportTicket")
          RETURNING id, "aboutOpportunityId"`,
        [opportunities[0].id],
      );
      const got = await call(support, 'get_records', {
        object: 'supportTicket',
        ids: [linkedTicket.id],
      });
      const filter = await call(support, 'find_records', {
        object: 'supportTicket',
        filter: { aboutOpportunityId: { is: 'NOT_NULL' } },
      });
      const create = await call(support, 'create_records', {
        object: 'supportTicket',
        records: [{ name: 'Leak?', aboutOpportunityId: opportunities[0].id }],
      });

      expect(records(tickets).length).toBeGreaterThan(0);
      expect(JSON.stringify(tickets.structuredContent)).not.toMatch(
        OPPORTUNITY_WORD,
      );
      expect(JSON.stringify(got.structuredContent)).not.toMatch(
        OPPORTUNITY_WORD,
      );
      expect(got.text).not.toContain(linkedTicket.aboutOpportunityId);
      expect(filter.isError).toBe(true);
      expect(withoutEcho(filter.text, 'aboutOpportunityId')).not.toMatch(
        OPPORTUNITY_WORD,
      );
      expect(create.isError).toBe(true);
      expect(withoutEcho(create.text, 'aboutOpportunityId')).not.toMatch(
        OPPORTUNITY_WORD,
      );
      expect(await count(northwind, '_supportTicket')).toBe(ticketsBefore);
    });
  });

  describe('fields the role cannot read (Contractor → person.phones, company.annualRecurringRevenue)', () => {
    let contractor: Client;
    let contractorPerObject: Client;
    let admin: Client;
    let adminPerObject: Client;
    let phonePerson: { id: string; phone: string; jobTitle: string | null };
    let revenueCompany: { id: string; micros: string };

    beforeAll(async () => {
      contractor = await connect(tokens['MCP - contractor']);
      contractorPerObject = await connect(tokens['MCP - contractor'], {
        url: perObjectServer.url,
      });
      admin = await connect(tokens['MCP - admin']);
      adminPerObject = await connect(tokens['MCP - admin'], {
        url: perObjectServer.url,
      });
      phonePerson = (
        await query<{ id: string; phone: string; jobTitle: string | null }>(
          `SELECT id, "phonesPrimaryPhoneNumber" AS phone, "jobTitle" FROM ${northwind}.person
            WHERE length("phonesPrimaryPhoneNumber") >= 8 AND "deletedAt" IS NULL
            ORDER BY id LIMIT 1`,
        )
      )[0];
      revenueCompany = (
        await query<{ id: string; micros: string }>(
          `SELECT id, "annualRecurringRevenueAmountMicros"::text AS micros FROM ${northwind}.company
            WHERE "annualRecurringRevenueAmountMicros" > 0 AND "deletedAt" IS NULL
            ORDER BY id LIMIT 1`,
        )
      )[0];
    });

    it('should leave them out of every tool schema in both tool modes', async () => {
      // Subscriptions have billing phones of their own: only the tools for
      // people and companies, and the compact ones, are about these fields.
      const schemasOf = async (client: Client) =>
        JSON.stringify(
          (await client.listTools()).tools
            .filter(
              (tool) => !/_(subscriptions|support_tickets)$/.test(tool.name),
            )
            .map((tool) => [tool.inputSchema, tool.outputSchema]),
        );

      expect(await schemasOf(contractor)).not.toMatch(HIDDEN_FIELD_WORDS);
      expect(await schemasOf(contractorPerObject)).not.toMatch(
        HIDDEN_FIELD_WORDS,
      );
      expect(await schemasOf(adminPerObject)).toMatch(/"phones"/);
      expect(await schemasOf(adminPerObject)).toMatch(
        /"annualRecurringRevenue"/,
      );
    });

    it('should leave them out of object descriptions and object resources', async () => {
      for (const object of ['person', 'company']) {
        const described = await call(contractor, 'describe_object', {
          object,
        });
        const resource = await contractor.readResource({
          uri: `twenty://workspace/${DEMO_WORKSPACE.id}/objects/${object}`,
        });

        expect(described.text).not.toMatch(HIDDEN_FIELD_WORDS);
        expect(JSON.stringify(resource.contents)).not.toMatch(
          HIDDEN_FIELD_WORDS,
        );
      }
    });

    it('should leave them out of every read result', async () => {
      const results = [
        await call(contractor, 'find_records', {
          object: 'person',
          filter: { id: { eq: phonePerson.id } },
        }),
        await call(contractor, 'get_records', {
          object: 'person',
          ids: [phonePerson.id],
        }),
        await call(contractor, 'find_records', {
          object: 'company',
          filter: { id: { eq: revenueCompany.id } },
          expand: ['people'],
        }),
        await call(contractor, 'get_records', {
          object: 'company',
          ids: [revenueCompany.id],
        }),
      ];
      const resource = await contractor.readResource({
        uri: `twenty://workspace/${DEMO_WORKSPACE.id}/records/person/${phonePerson.id}`,
      });

      for (const result of results) {
        expect(result.isError).toBe(false);
        expect(records(result)).toHaveLength(1);
        expect(result.text).not.toMatch(HIDDEN_FIELD_WORDS);
        expect(result.text).not.toContain(phonePerson.phone);
        expect(result.text).not.toContain(revenueCompany.micros);
      }

      expect(JSON.stringify(resource.contents)).not.toContain(
        phonePerson.phone,
      );
      expect(JSON.stringify(resource.contents)).not.toMatch(HIDDEN_FIELD_WORDS);
    });

    it('should not let search match what a hidden field holds', async () => {
      const phone = phonePerson.phone;

      for (const text of [phone, phone.slice(0, 6)]) {
        const search = await call(contractor, 'search_records', {
          query: text,
          objects: ['person'],
          limit: 50,
        });
        const find = await call(contractor, 'find_records', {
          object: 'person',
          search: text,
          limit: 100,
        });

        expect(search.isError).toBe(false);
        expect(
          (search.structuredContent as SearchContent).hits.map((hit) => hit.id),
        ).not.toContain(phonePerson.id);
        expect(find.isError).toBe(false);
        expect(records(find).map((record) => record.id)).not.toContain(
          phonePerson.id,
        );
      }

      // The admin, who may read phones, finds the person by number.
      const adminSearch = await call(admin, 'search_records', {
        query: phone,
        objects: ['person'],
      });

      expect(
        (adminSearch.structuredContent as SearchContent).hits.map(
          (hit) => hit.id,
        ),
      ).toContain(phonePerson.id);
    });

    it.each([
      [
        'a filter',
        'find_records',
        {
          object: 'person',
          filter: { phones: { primaryPhoneNumber: { eq: '0' } } },
        },
      ],
      [
        'a filter on the raw column',
        'find_records',
        { object: 'person', filter: { phonesPrimaryPhoneNumber: { eq: '0' } } },
      ],
      [
        'an orderBy',
        'find_records',
        {
          object: 'person',
          orderBy: [{ phones: { primaryPhoneNumber: 'AscNullsLast' } }],
        },
      ],
      [
        'a field selection',
        'find_records',
        { object: 'person', fields: ['phones'] },
      ],
      [
        'a group',
        'aggregate_records',
        {
          object: 'person',
          groupBy: [{ field: 'phones', subField: 'primaryPhoneCountryCode' }],
          metrics: [{ op: 'COUNT' }],
        },
      ],
      [
        'a metric',
        'aggregate_records',
        {
          object: 'company',
          metrics: [
            { op: 'SUM', field: 'annualRecurringRevenue', subField: 'amount' },
          ],
        },
      ],
      [
        'an emptiness metric',
        'aggregate_records',
        { object: 'person', metrics: [{ op: 'COUNT_EMPTY', field: 'phones' }] },
      ],
      [
        'an annualRecurringRevenue filter',
        'find_records',
        {
          object: 'company',
          filter: { annualRecurringRevenue: { amount: { gt: 0 } } },
        },
      ],
    ])(
      'should refuse it in %s like a field that does not exist',
      async (_label, tool, args) => {
        const outcome = await call(contractor, tool, args);

        expect(outcome.isError).toBe(true);
        expect(
          withoutEcho(
            outcome.text,
            'phonesPrimaryPhoneNumber',
            'primaryPhoneNumber',
            'primaryPhoneCountryCode',
            'annualRecurringRevenue',
            'phones',
          ),
        ).not.toMatch(/phone|recurring|PHONES|CURRENCY/i);
      },
    );

    it('should refuse it in writes, write nothing and return nothing of it', async () => {
      const peopleBefore = await count(northwind, 'person');
      const create = await call(contractor, 'create_records', {
        object: 'person',
        records: [
          {
            name: { firstName: 'Hidden', lastName: 'Writer' },
            phones: { primaryPhoneNumber: '5550100' },
          },
        ],
      });
      const update = await call(contractor, 'update_records', {
        object: 'person',
        records: [
          { id: phonePerson.id, phones: { primaryPhoneNumber: '5550100' } },
        ],
      });
      const updateRevenue = await call(contractor, 'update_records', {
        object: 'company',
        records: [
          {
            id: revenueCompany.id,
            annualRecurringRevenue: { amount: 1, currencyCode: 'USD' },
          },
        ],
      });
      const updateEmails = await call(contractor, 'update_records', {
        object: 'person',
        records: [
          { id: phonePerson.id, emails: { primaryEmail: 'x@e2e.test' } },
        ],
      });

      for (const outcome of [create, update, updateRevenue, updateEmails]) {
        expect(outcome.isError).toBe(true);
        expect(outcome.text).not.toContain(phonePerson.phone);
      }

      expect(await count(northwind, 'person')).toBe(peopleBefore);
      expect(
        await query(
          `SELECT "phonesPrimaryPhoneNumber" AS phone, "emailsPrimaryEmail" AS email FROM ${northwind}.person WHERE id = $1`,
          [phonePerson.id],
        ),
      ).toEqual([
        {
          phone: phonePerson.phone,
          email: expect.not.stringMatching(/^x@e2e\.test$/),
        },
      ]);
      expect(
        (
          await query<{ micros: string }>(
            `SELECT "annualRecurringRevenueAmountMicros"::text AS micros FROM ${northwind}.company WHERE id = $1`,
            [revenueCompany.id],
          )
        )[0].micros,
      ).toBe(revenueCompany.micros);

      // Allowed writes succeed and their results leave the hidden field out.
      const created = await call(contractor, 'create_records', {
        object: 'person',
        records: [{ name: { firstName: 'Visible', lastName: 'Contractor' } }],
      });
      const updated = await call(contractor, 'update_records', {
        object: 'person',
        records: [{ id: phonePerson.id, jobTitle: 'Contractor-updated' }],
      });

      for (const outcome of [created, updated]) {
        expect(outcome.isError).toBe(false);
        expect(outcome.text).not.toMatch(HIDDEN_FIELD_WORDS);
        expect(outcome.text).not.toContain(phonePerson.phone);
      }
    });
  });

  describe('a read-only role', () => {
    it('should not offer write tools in either tool mode', async () => {
      const compact = await connect(tokens['MCP - read-only']);
      const perObject = await connect(tokens['MCP - read-only'], {
        url: perObjectServer.url,
      });
      const listed = await call(compact, 'list_objects', {});

      expect(
        (await compact.listTools()).tools.map((tool) => tool.name),
      ).toEqual([
        'list_objects',
        'describe_object',
        'search_records',
        'find_records',
        'get_records',
        'aggregate_records',
      ]);
      expect(
        (await perObject.listTools()).tools
          .map((tool) => tool.name)
          .filter((name) =>
            [...WRITE_TOOL_PREFIXES, 'destroy_'].some((prefix) =>
              name.startsWith(prefix),
            ),
          ),
      ).toEqual([]);
      expect(
        (
          listed.structuredContent as { objects: { operations: string[] }[] }
        ).objects.every(
          (object) =>
            object.operations.length === 1 && object.operations[0] === 'read',
        ),
      ).toBe(true);
      expect(
        (await compact.listPrompts()).prompts.map((prompt) => prompt.name),
      ).not.toContain('log_meeting');
    });

    it('should refuse write calls and leave the database unchanged', async () => {
      const client = await connect(tokens['MCP - read-only']);
      const [personId] = await ids(northwind, 'person', 1);
      const before = {
        people: await count(northwind, 'person'),
        row: await query(`SELECT * FROM ${northwind}.person WHERE id = $1`, [
          personId,
        ]),
      };
      const attempts: [string, Record<string, unknown>][] = [
        [
          'create_records',
          { object: 'person', records: [{ name: { firstName: 'No' } }] },
        ],
        [
          'update_records',
          { object: 'person', records: [{ id: personId, jobTitle: 'No' }] },
        ],
        ['delete_records', { object: 'person', ids: [personId] }],
        ['restore_records', { object: 'person', ids: [personId] }],
        ['destroy_records', { object: 'person', ids: [personId] }],
      ];

      for (const [name, args] of attempts) {
        await expectProtocolError(
          client.callTool({ name, arguments: args }),
          -32602,
        );
      }

      expect(await count(northwind, 'person')).toBe(before.people);
      expect(
        await query(`SELECT * FROM ${northwind}.person WHERE id = $1`, [
          personId,
        ]),
      ).toEqual(before.row);
    });
  });

  describe('injection through arguments', () => {
    const CANARY = 'public.e2e_security_canary';
    const TABLES = ['person', 'company', 'opportunity', 'note', 'task'];
    let client: Client;
    let counts: () => Promise<Record<string, number>>;
    let before: Record<string, number>;

    beforeAll(async () => {
      client = await connect(tokens['MCP - admin']);
      await query(`CREATE TABLE ${CANARY} (id int PRIMARY KEY, note text)`);
      await query(`INSERT INTO ${CANARY} VALUES (1, 'still here')`);
      // One pg client: counted one table after another.
      counts = async () => {
        const result: Record<string, number> = {};

        for (const table of TABLES) {
          result[table] = await count(northwind, table);
        }

        result.apiKeys = await count('core', 'apiKey');
        result.workspaces = await count('core', 'workspace');

        return result;
      };
      before = await counts();
    });

    afterAll(async () => {
      await query(`DROP TABLE IF EXISTS ${CANARY}`);
    });

    const DROP = `'; DROP TABLE ${CANARY}; --`;

    it.each([
      [
        'a filter value',
        { object: 'person', filter: { jobTitle: { eq: DROP } } },
      ],
      [
        'an "in" list',
        {
          object: 'person',
          filter: { jobTitle: { in: [DROP, `") OR 1=1 --`] } },
        },
      ],
      [
        'an ilike pattern',
        { object: 'person', filter: { jobTitle: { ilike: `%' OR '1'='1` } } },
      ],
      [
        'a startsWith text',
        {
          object: 'person',
          filter: { jobTitle: { startsWith: `\\'; ${DROP}` } },
        },
      ],
      [
        'a composite sub-field value',
        { object: 'person', filter: { name: { lastName: { eq: DROP } } } },
      ],
      ['a search text', { object: 'person', search: `x'); ${DROP}` }],
    ])('should treat %s as data', async (_label, args) => {
      const outcome = await call(client, 'find_records', args);

      expect(outcome.isError).toBe(false);
      expect(records(outcome)).toEqual([]);
    });

    it.each([
      [
        'a field name in a filter',
        'find_records',
        {
          object: 'person',
          filter: { [`jobTitle" = '' OR 1=1 --`]: { eq: 'x' } },
        },
      ],
      [
        'a sub-field name',
        'find_records',
        {
          object: 'person',
          filter: { name: { [`lastName" --`]: { eq: 'x' } } },
        },
      ],
      [
        'an operator',
        'find_records',
        { object: 'person', filter: { jobTitle: { [`= '' OR 1=1 --`]: 'x' } } },
      ],
      [
        'an "is" value',
        'find_records',
        { object: 'person', filter: { jobTitle: { is: 'NULL OR 1=1' } } },
      ],
      [
        'an orderBy key',
        'find_records',
        {
          object: 'person',
          orderBy: [{ [`id" DESC; ${DROP}`]: 'AscNullsLast' }],
        },
      ],
      [
        'an orderBy direction',
        'find_records',
        { object: 'person', orderBy: [{ jobTitle: `ASC; ${DROP}` }] },
      ],
      [
        'a selected field',
        'find_records',
        { object: 'person', fields: [`id", (SELECT 1) AS "x`] },
      ],
      [
        'an expanded relation',
        'find_records',
        { object: 'person', expand: [`company" --`] },
      ],
      ['an object name', 'find_records', { object: `person"; ${DROP}` }],
      ['an id', 'get_records', { object: 'person', ids: [`' OR 1=1 --`] }],
      [
        'an id made of dashes',
        'get_records',
        { object: 'person', ids: ['------------------------------------'] },
      ],
      [
        'a group field',
        'aggregate_records',
        {
          object: 'person',
          groupBy: [{ field: `city" --` }],
          metrics: [{ op: 'COUNT' }],
        },
      ],
      [
        'a metric field',
        'aggregate_records',
        {
          object: 'person',
          metrics: [{ op: 'MAX', field: `city"); ${DROP}` }],
        },
      ],
      [
        'a time zone',
        'aggregate_records',
        {
          object: 'person',
          groupBy: [{ field: 'createdAt', granularity: 'DAY' }],
          metrics: [{ op: 'COUNT' }],
          timeZone: `UTC'); ${DROP}`,
        },
      ],
      [
        'a cursor that is not base64 JSON',
        'find_records',
        { object: 'person', after: `'; ${DROP}` },
      ],
      [
        'a cursor from another ordering',
        'find_records',
        {
          object: 'person',
          after: Buffer.from(JSON.stringify({ h: DROP, v: [] })).toString(
            'base64url',
          ),
        },
      ],
    ])('should refuse %s with a tool error', async (_label, tool, args) => {
      const outcome = await call(client, tool, args);

      expect(outcome.isError).toBe(true);
      expect(outcome.text).not.toMatch(
        /syntax error|relation .* does not exist|internal error/i,
      );
    });

    it('should validate tampered cursor values before they reach SQL', async () => {
      const orderBy = [{ jobTitle: 'AscNullsLast' }];
      const page = await call(client, 'find_records', {
        object: 'person',
        orderBy,
        limit: 2,
      });
      const cursor = JSON.parse(
        Buffer.from(
          (page.structuredContent as RecordsContent).pageInfo!.endCursor!,
          'base64url',
        ).toString('utf8'),
      ) as { h: string; v: string[] };
      const tampered = (values: unknown[]) =>
        Buffer.from(JSON.stringify({ ...cursor, v: values })).toString(
          'base64url',
        );
      const badId = await call(client, 'find_records', {
        object: 'person',
        orderBy,
        after: tampered([cursor.v[0], `' OR 1=1 --`]),
      });
      const badShape = await call(client, 'find_records', {
        object: 'person',
        orderBy,
        after: tampered([{ $gt: '' }, cursor.v[1]]),
      });
      const textValue = await call(client, 'find_records', {
        object: 'person',
        orderBy,
        limit: 5,
        after: tampered([`zzz' OR 1=1 --`, cursor.v[1]]),
      });

      expect(badId.isError).toBe(true);
      expect(badShape.isError).toBe(true);
      // A text sort value is only compared: the page is an ordinary one.
      expect(textValue.isError).toBe(false);
      expect(
        records(textValue).every(
          (record) =>
            record.jobTitle === null ||
            (record.jobTitle as string) > `zzz' OR 1=1 --`,
        ),
      ).toBe(true);
    });

    it('should treat hostile text in search, completions and resource URIs as data', async () => {
      const search = await call(client, 'search_records', {
        query: `x:* | !y & (z) <-> ${DROP}`,
      });
      const completion = await client.complete({
        ref: { type: 'ref/prompt', name: 'account_brief' },
        argument: { name: 'company', value: DROP },
      });

      expect(search.isError).toBe(false);
      expect(completion.completion.values).toEqual([]);

      for (const uri of [
        `twenty://workspace/${DEMO_WORKSPACE.id}/records/person"; ${DROP}/00000000-0000-4000-8000-000000000000`,
        `twenty://workspace/${DEMO_WORKSPACE.id}/records/person/------------------------------------`,
        `twenty://workspace/${DEMO_WORKSPACE.id}/objects/person'--`,
      ]) {
        await expectProtocolError(client.readResource({ uri }), -32602);
      }
    });

    it('should store hostile text verbatim on create and update', async () => {
      const hostile = `Robert'); ${DROP} \\x00 $1 ::text`;
      const created = await call(client, 'create_records', {
        object: 'person',
        records: [
          { name: { firstName: `O'Brien`, lastName: hostile }, jobTitle: DROP },
        ],
      });
      const [record] = records(created);
      const updated = await call(client, 'update_records', {
        object: 'person',
        records: [{ id: record.id, city: hostile }],
      });

      expect(created.isError).toBe(false);
      expect(updated.isError).toBe(false);
      expect(
        await query(
          `SELECT "nameFirstName", "nameLastName", "jobTitle", city FROM ${northwind}.person WHERE id = $1`,
          [record.id],
        ),
      ).toEqual([
        {
          nameFirstName: `O'Brien`,
          nameLastName: hostile,
          jobTitle: DROP,
          city: hostile,
        },
      ]);

      before = { ...before, person: before.person + 1 };
    });

    it('should leave the database as it was', async () => {
      expect(await query(`SELECT id, note FROM ${CANARY}`)).toEqual([
        { id: 1, note: 'still here' },
      ]);
      expect(await counts()).toEqual(before);
    });
  });

  describe('credentials and workspaces switched off mid-session', () => {
    const recordingFetch = (statuses: number[]): typeof fetch =>
      (async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
        const response = await fetch(input, init);

        statuses.push(response.status);

        return response;
      }) as typeof fetch;

    it('should refuse a key on the very next request after it is revoked', async () => {
      const [{ id: keyId }] = await query<{ id: string }>(
        `INSERT INTO core."apiKey" (name, "expiresAt", "workspaceId")
         VALUES ('E2E revocable', now() + interval '1 day', $1) RETURNING id`,
        [DEMO_WORKSPACE.id],
      );

      await query(
        `INSERT INTO core."roleTarget" ("workspaceId", "universalIdentifier", "applicationId", "roleId", "apiKeyId")
         SELECT "workspaceId", public.uuid_generate_v4(), "applicationId", "roleId", $1
           FROM core."roleTarget" WHERE "apiKeyId" = $2`,
        [keyId, apiKeyIds['MCP - admin']],
      );

      const token = mintApiKeyToken({
        appSecret: TEST_APP_SECRET,
        workspaceId: DEMO_WORKSPACE.id,
        apiKeyId: keyId,
        expiresAt: new Date(Date.now() + 86_400_000),
      });
      const statuses: number[] = [];
      const client = await connect(token, { fetch: recordingFetch(statuses) });

      expect((await call(client, 'list_objects', {})).isError).toBe(false);

      await query(
        `UPDATE core."apiKey" SET "revokedAt" = now() WHERE id = $1`,
        [keyId],
      );

      await expect(
        client.callTool({ name: 'list_objects', arguments: {} }),
      ).rejects.toThrow();
      expect(statuses.at(-1)).toBe(401);

      const raw = await fetch(server.url, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
        },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
      });

      expect(raw.status).toBe(401);
    });

    it('should refuse a workspace that is not active, and serve it again once it is', async () => {
      const statuses: number[] = [];
      const client = await connect(tokens['Globex - admin'], {
        fetch: recordingFetch(statuses),
      });
      const initialize = () =>
        fetch(server.url, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${tokens['Globex - admin']}`,
            'content-type': 'application/json',
            accept: 'application/json, text/event-stream',
          },
          body: JSON.stringify({
            jsonrpc: '2.0',
            id: 1,
            method: 'initialize',
            params: {
              protocolVersion: '2025-11-25',
              capabilities: {},
              clientInfo: { name: 'security-e2e', version: '1.0.0' },
            },
          }),
        });
      const setStatus = (status: string) =>
        query(
          `UPDATE core."workspace" SET "activationStatus" = $1 WHERE id = $2`,
          [status, SECOND_WORKSPACE.id],
        );

      try {
        for (const status of ['SUSPENDED', 'INACTIVE', 'PENDING_CREATION']) {
          await setStatus(status);

          const response = await initialize();

          expect(response.status).toBe(403);
          expect(await response.json()).toMatchObject({
            jsonrpc: '2.0',
            id: null,
            error: { code: -32000 },
          });
        }

        await expect(
          client.callTool({ name: 'list_objects', arguments: {} }),
        ).rejects.toThrow();
        expect(statuses.at(-1)).toBe(403);
        // The other workspace is not affected.
        expect(
          (
            await fetch(server.url, {
              method: 'POST',
              headers: {
                authorization: `Bearer ${tokens['MCP - admin']}`,
                'content-type': 'application/json',
                accept: 'application/json, text/event-stream',
              },
              body: JSON.stringify({
                jsonrpc: '2.0',
                id: 1,
                method: 'tools/list',
              }),
            })
          ).status,
        ).toBe(200);
      } finally {
        await setStatus('ACTIVE');
      }

      expect((await initialize()).status).toBe(200);
    });

    it('should refuse a deleted workspace as an unknown credential', async () => {
      try {
        await query(
          `UPDATE core."workspace" SET "deletedAt" = now() WHERE id = $1`,
          [SECOND_WORKSPACE.id],
        );

        const response = await fetch(server.url, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${tokens['Globex - admin']}`,
            'content-type': 'application/json',
            accept: 'application/json, text/event-stream',
          },
          body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
        });

        expect(response.status).toBe(401);
      } finally {
        await query(
          `UPDATE core."workspace" SET "deletedAt" = NULL WHERE id = $1`,
          [SECOND_WORKSPACE.id],
        );
      }
    });
  });
});
