import {
  Client,
  StreamableHTTPClientTransport,
} from '@modelcontextprotocol/client';

import { DEMO_WORKSPACE } from '@twenty-mcp/twenty-db';

import { demoTokens } from '@twenty-mcp/twenty-db/testing';

import { startTestServer, type TestServer } from './utils/start-test-server';

describe.each(['legacy', 'auto'] as const)(
  'official SDK client (%s negotiation)',
  (mode) => {
    let server: TestServer;
    let tokens: Record<string, string>;
    let client: Client;

    beforeAll(async () => {
      server = await startTestServer();
      tokens = await demoTokens(server.database.databaseUrl);
      client = new Client(
        { name: 'e2e', version: '1.0.0' },
        { versionNegotiation: { mode } },
      );
      await client.connect(
        new StreamableHTTPClientTransport(new URL(server.url), {
          requestInit: {
            headers: { Authorization: `Bearer ${tokens['MCP - admin']}` },
          },
        }),
      );
    }, 60_000);

    afterAll(async () => {
      await client?.close();
      await server?.stopAll();
    });

    it('should negotiate the expected era', () => {
      expect(client.getProtocolEra()).toBe(
        mode === 'legacy' ? 'legacy' : 'modern',
      );
    });

    it('should list the compact tools in a fixed order, each with title, schemas and annotations', async () => {
      const { tools } = await client.listTools();

      expect(tools.map((tool) => tool.name)).toEqual([
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

      for (const tool of tools) {
        expect(tool.title).toBeTruthy();
        expect(tool.outputSchema).toMatchObject({ type: 'object' });
        expect(tool.annotations).toMatchObject({ openWorldHint: false });
      }
    });

    it('should find open opportunities over 50k with their point of contact', async () => {
      const result = await client.callTool({
        name: 'find_records',
        arguments: {
          object: 'opportunity',
          filter: {
            and: [
              { stage: { neq: 'CUSTOMER' } },
              { amount: { amount: { gt: 50000 } } },
            ],
          },
          orderBy: [{ amount: { amount: 'DescNullsLast' } }],
          expand: ['pointOfContact', 'company'],
          limit: 5,
          includeTotalCount: true,
        },
      });
      const content = result.structuredContent as {
        records: {
          amount: { amount: number };
          stage: string;
          company: { name: string } | null;
        }[];
        totalCount: number;
      };

      expect(result.isError).toBeFalsy();
      expect(content.records).toHaveLength(5);
      expect(content.totalCount).toBeGreaterThan(5);
      expect(
        content.records.every(
          (record) =>
            record.amount.amount > 50000 && record.stage !== 'CUSTOMER',
        ),
      ).toBe(true);
      expect(content.records[0].company?.name).toBeTruthy();
      expect(result.content).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ type: 'text' }),
          expect.objectContaining({ type: 'resource_link' }),
        ]),
      );
    });

    it('should create, update, delete and restore a person', async () => {
      const created = await client.callTool({
        name: 'create_records',
        arguments: {
          object: 'person',
          records: [
            {
              name: { firstName: 'Eve', lastName: `E2E-${mode}` },
              jobTitle: 'Buyer',
              emails: { primaryEmail: `eve.${mode}@e2e.test` },
            },
          ],
        },
      });
      const [person] = (
        created.structuredContent as {
          records: {
            id: string;
            createdBy: { source: string; name: string };
          }[];
        }
      ).records;

      expect(created.isError).toBeFalsy();
      expect(person.createdBy).toMatchObject({
        source: 'API',
        name: 'MCP - admin',
      });

      const updated = await client.callTool({
        name: 'update_records',
        arguments: {
          object: 'person',
          records: [{ id: person.id, name: { lastName: 'Renamed' } }],
        },
      });

      expect(
        (updated.structuredContent as { records: { name: unknown }[] })
          .records[0].name,
      ).toEqual({
        firstName: 'Eve',
        lastName: 'Renamed',
      });

      const deleted = await client.callTool({
        name: 'delete_records',
        arguments: { object: 'person', ids: [person.id] },
      });

      expect(deleted.structuredContent).toEqual({
        object: 'person',
        ids: [person.id],
        unchangedIds: [],
      });

      const restored = await client.callTool({
        name: 'restore_records',
        arguments: { object: 'person', ids: [person.id] },
      });

      expect(restored.structuredContent).toMatchObject({ ids: [person.id] });
    });

    it('should create a batch in one call and report progress while writing it', async () => {
      const progress: { progress: number; total?: number; message?: string }[] =
        [];
      const result = await client.callTool(
        {
          name: 'create_records',
          arguments: {
            object: 'person',
            records: Array.from({ length: 25 }, (_, index) => ({
              name: {
                firstName: `Batch${index}`,
                lastName: `Progress-${mode}`,
              },
            })),
          },
        },
        { onprogress: (event) => void progress.push(event) },
      );
      const [{ databaseSchema }] = await server.dataSource.query(
        `SELECT "databaseSchema" FROM core."workspace" WHERE "id" = $1`,
        [DEMO_WORKSPACE.id],
      );
      const [{ count }] = await server.dataSource.query(
        `SELECT count(*)::int AS "count" FROM "${databaseSchema}"."person" WHERE "nameLastName" = $1`,
        [`Progress-${mode}`],
      );

      expect(result.isError).toBeFalsy();
      expect(
        (result.structuredContent as { records: unknown[] }).records,
      ).toHaveLength(25);
      expect(count).toBe(25);
      expect(
        progress.map(({ progress: done, total }) => [done, total]),
      ).toEqual([
        [10, 25],
        [20, 25],
        [25, 25],
      ]);
      expect(progress[2].message).toBe('25 of 25 people written');
    });

    it('should report bad arguments as a tool error the model can act on', async () => {
      const result = await client.callTool({
        name: 'find_records',
        arguments: { object: 'opportunity', filter: { stage: { eq: 'WON' } } },
      });

      expect(result.isError).toBe(true);
      expect(JSON.stringify(result.content)).toContain('NEW');
    });

    it('should aggregate pipeline by stage', async () => {
      const result = await client.callTool({
        name: 'aggregate_records',
        arguments: {
          object: 'opportunity',
          groupBy: [{ field: 'stage' }],
          metrics: [{ op: 'COUNT' }],
        },
      });

      expect(result.isError).toBeFalsy();
      expect(
        (result.structuredContent as { groups: unknown[] }).groups,
      ).toHaveLength(5);
    });

    it('should serve object resources, prompts and completions', async () => {
      const { resources } = await client.listResources();
      const person = resources.find((resource) => resource.name === 'person')!;
      const read = await client.readResource({ uri: person.uri });
      const { prompts } = await client.listPrompts();
      const completion = await client.complete({
        ref: { type: 'ref/prompt', name: 'pipeline_review' },
        argument: { name: 'stage', value: 'P' },
      });

      expect(JSON.parse((read.contents[0] as { text: string }).text).name).toBe(
        'person',
      );
      expect(prompts.map((prompt) => prompt.name)).toEqual([
        'account_brief',
        'pipeline_review',
        'log_meeting',
      ]);
      expect(completion.completion.values).toEqual(['PROPOSAL']);
    });
  },
);
