import { type Client } from '@modelcontextprotocol/client';
import { DEMO_WORKSPACE } from '@twenty-mcp/twenty-db';

import { type TestApp } from '../../utils/start-test-app';
import {
  expectProtocolError,
  OPPORTUNITY_WORD,
  type SearchContent,
  useSecurityApp,
  withoutEcho,
  WRITE_TOOL_PREFIXES,
} from './utils/use-security-app';

// What a role may not do with whole objects, in both tool modes: an object
// it cannot read is absent everywhere, and a read-only role gets no write
// tool and makes no write.
describe('MCP security end to end', () => {
  const security = useSecurityApp({ perObject: true });
  const { query, ids, count, connect, call, records } = security;
  let perObjectServer: TestApp;
  let tokens: Record<string, string>;
  let northwind: string;

  beforeAll(() => {
    ({ perObjectServer, tokens, northwind } = security);
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
});
