import { type Client } from '@modelcontextprotocol/client';
import { DEMO_WORKSPACE } from '@twenty-mcp/twenty-db';

import { type ToolResult } from './utils/tool-calls';
import { useTestApp } from './utils/use-test-app';

type Target = { object: string; id: string; label: string | null };
type Note = { id: string; title: string; bodyV2: string; targets?: Target[] };

// A seeded demo company (the demo data is generated with fixed seeds).
const COMPANY_NAME = 'Kreiger Group';

const CLIENT = { name: 'e2e-activity-targets' };

const textOf = (result: ToolResult) =>
  (result.content as { type: string; text?: string }[])
    .map((part) => part.text ?? '')
    .join('\n');

// "Add a note to Kreiger Group's account", then "what did we note about
// Kreiger Group?", through the official SDK client over HTTP, on a private
// clone of the seeded demo database.
describe('notes linked to the records they are about (targets)', () => {
  describe('compact tools', () => {
    const e2e = useTestApp({}, CLIENT);
    let admin: Client;
    let support: Client;
    let companyId: string;
    let noteId: string;

    const linkedRows = async (id: string) => {
      const [{ databaseSchema }] = await e2e.server.dataSource.query(
        `SELECT "databaseSchema" FROM core."workspace" WHERE "id" = $1`,
        [DEMO_WORKSPACE.id],
      );

      return e2e.server.dataSource.query(
        `SELECT "targetCompanyId", "targetOpportunityId", "createdByName", "deletedAt" FROM "${databaseSchema}"."noteTarget" WHERE "noteId" = $1`,
        [id],
      ) as Promise<Record<string, unknown>[]>;
    };

    beforeAll(async () => {
      admin = await e2e.connect(e2e.tokens['MCP - admin']);
      support = await e2e.connect(e2e.tokens['MCP - support agent']);
    });

    it('should tell the model about targets in the tools and in describe_object', async () => {
      const { tools } = await admin.listTools();
      const description = (name: string) =>
        tools.find((tool) => tool.name === name)?.description ?? '';
      const described = await admin.callTool({
        name: 'describe_object',
        arguments: { object: 'note' },
      });
      const fields = (
        described.structuredContent as {
          fields: {
            name: string;
            writable: boolean;
            targetObjects?: string[];
          }[];
        }
      ).fields;

      expect(description('create_records')).toContain('"targets"');
      expect(description('find_records')).toContain('{"targets": {"companyId"');
      expect(fields.find((field) => field.name === 'targets')).toMatchObject({
        writable: true,
        targetObjects: [
          'person',
          'company',
          'opportunity',
          'subscription',
          'supportTicket',
        ],
      });
    });

    it('should find the company, then add a note to its account', async () => {
      const found = await admin.callTool({
        name: 'find_records',
        arguments: {
          object: 'company',
          filter: { name: { startsWith: 'Kreiger' } },
          fields: ['name'],
        },
      });
      const companies = (
        found.structuredContent as { records: { id: string; name: string }[] }
      ).records;

      expect(found.isError).toBeFalsy();
      expect(companies).toEqual([
        { id: expect.any(String), name: COMPANY_NAME },
      ]);
      companyId = companies[0].id;

      const created = await admin.callTool({
        name: 'create_records',
        arguments: {
          object: 'note',
          records: [
            {
              title: 'Quarterly review',
              bodyV2:
                '## Decisions\n\n- Renew for **two years**\n- Add 15 seats in March',
              targets: [{ object: 'company', id: companyId }],
            },
          ],
        },
      });
      const [note] = (created.structuredContent as { records: Note[] }).records;

      expect(created.isError).toBeFalsy();
      expect(note).toMatchObject({
        title: 'Quarterly review',
        bodyV2:
          '## Decisions\n\n- Renew for **two years**\n- Add 15 seats in March',
        targets: [{ object: 'company', id: companyId, label: COMPANY_NAME }],
      });
      noteId = note.id;
      expect(await linkedRows(noteId)).toEqual([
        {
          targetCompanyId: companyId,
          targetOpportunityId: null,
          createdByName: 'MCP - admin',
          deletedAt: null,
        },
      ]);
    });

    it('should answer "what did we note about it?" with a targets filter and expand', async () => {
      const found = await admin.callTool({
        name: 'find_records',
        arguments: {
          object: 'note',
          filter: { targets: { companyId: { eq: companyId } } },
          fields: ['title'],
          includeTotalCount: true,
        },
      });
      const notes = (
        found.structuredContent as { records: Note[]; totalCount: number }
      ).records;

      expect(found.isError).toBeFalsy();
      expect(notes.map((note) => note.id)).toContain(noteId);

      for (const note of notes) {
        const read = await admin.callTool({
          name: 'get_records',
          arguments: { object: 'note', ids: [note.id], expand: ['targets'] },
        });
        const [full] = (read.structuredContent as { records: Note[] }).records;

        // Every note the filter found is linked to the company.
        expect(full.targets).toContainEqual({
          object: 'company',
          id: companyId,
          label: COMPANY_NAME,
        });
      }

      const read = await admin.callTool({
        name: 'get_records',
        arguments: { object: 'note', ids: [noteId], expand: ['targets'] },
      });

      expect(
        (read.structuredContent as { records: Note[] }).records[0],
      ).toMatchObject({
        title: 'Quarterly review',
        bodyV2: expect.stringContaining('**two years**'),
        targets: [{ object: 'company', id: companyId, label: COMPANY_NAME }],
      });
    });

    it('should tell the model which target is wrong and write nothing', async () => {
      const result = await admin.callTool({
        name: 'create_records',
        arguments: {
          object: 'note',
          records: [
            {
              title: 'Orphan',
              targets: [
                { object: 'company', id: companyId },
                {
                  object: 'person',
                  id: '00000000-0000-4000-8000-000000000000',
                },
              ],
            },
          ],
        },
      });
      const after = await admin.callTool({
        name: 'find_records',
        arguments: {
          object: 'note',
          filter: { title: { eq: 'Orphan' } },
          includeTotalCount: true,
        },
      });

      expect(result.isError).toBe(true);
      expect(textOf(result)).toMatch(/records\[0\]\.targets\[1\]: no person/);
      expect(after.structuredContent).toMatchObject({ totalCount: 0 });
    });

    it('should keep opportunity links away from the Support Agent', async () => {
      const [{ id: opportunityId }] = (
        (
          await admin.callTool({
            name: 'find_records',
            arguments: {
              object: 'opportunity',
              filter: { companyId: { is: 'NOT_NULL' } },
              fields: ['name'],
              limit: 1,
            },
          })
        ).structuredContent as { records: { id: string }[] }
      ).records;

      await admin.callTool({
        name: 'update_records',
        arguments: {
          object: 'note',
          records: [
            {
              id: noteId,
              targets: [
                { object: 'company', id: companyId },
                { object: 'opportunity', id: opportunityId },
              ],
            },
          ],
        },
      });

      const read = await support.callTool({
        name: 'get_records',
        arguments: { object: 'note', ids: [noteId], expand: ['targets'] },
      });
      const link = await support.callTool({
        name: 'update_records',
        arguments: {
          object: 'note',
          records: [
            {
              id: noteId,
              targets: [{ object: 'opportunity', id: opportunityId }],
            },
          ],
        },
      });
      const filter = await support.callTool({
        name: 'find_records',
        arguments: {
          object: 'note',
          filter: { targets: { opportunityId: { eq: opportunityId } } },
        },
      });

      expect(
        (read.structuredContent as { records: Note[] }).records[0].targets,
      ).toEqual([{ object: 'company', id: companyId, label: COMPANY_NAME }]);
      expect(link.isError).toBe(true);
      expect(textOf(link)).toMatch(/targets\[0\]\.object must be one of/);
      expect(textOf(link)).not.toMatch(/opportunity/);
      expect(filter.isError).toBe(true);
      expect(
        (await linkedRows(noteId))
          .filter((row) => row.deletedAt === null)
          .map((row) => row.targetCompanyId ?? row.targetOpportunityId),
      ).toEqual(expect.arrayContaining([companyId, opportunityId]));
    });
  });

  describe('per-object tools', () => {
    const e2e = useTestApp({ toolMode: 'per-object' }, CLIENT);
    let client: Client;

    beforeAll(async () => {
      client = await e2e.connect(e2e.tokens['MCP - admin']);
    });

    it('should link, filter and expand through typed note tools', async () => {
      const { tools } = await client.listTools();
      const createNotes = tools.find((tool) => tool.name === 'create_notes');
      const company = (
        (
          await client.callTool({
            name: 'find_companies',
            arguments: {
              filter: { name: { eq: COMPANY_NAME } },
              fields: ['name'],
            },
          })
        ).structuredContent as { records: { id: string }[] }
      ).records[0];

      expect(
        (
          createNotes?.inputSchema.properties as {
            records: { items: { properties: Record<string, unknown> } };
          }
        ).records.items.properties,
      ).toHaveProperty('targets');

      const created = await client.callTool({
        name: 'create_notes',
        arguments: {
          records: [
            {
              title: 'Typed tools',
              targets: [{ object: 'company', id: company.id }],
            },
          ],
        },
      });
      const [note] = (created.structuredContent as { records: Note[] }).records;
      const found = await client.callTool({
        name: 'find_notes',
        arguments: {
          filter: { targets: { companyId: { in: [company.id] } } },
          expand: ['targets'],
          limit: 100,
        },
      });
      const refused = await client.callTool({
        name: 'create_notes',
        arguments: {
          records: [{ title: 'x', targets: [{ object: 'note', id: note.id }] }],
        },
      });

      expect(created.isError).toBeFalsy();
      expect(found.isError).toBeFalsy();
      expect(
        (found.structuredContent as { records: Note[] }).records.find(
          (record) => record.id === note.id,
        )?.targets,
      ).toEqual([{ object: 'company', id: company.id, label: COMPANY_NAME }]);
      // The typed schema turns the wrong object away before any SQL runs.
      expect(refused.isError).toBe(true);
      expect(textOf(refused)).toMatch(/^Invalid arguments for create_notes/);
    });
  });
});
