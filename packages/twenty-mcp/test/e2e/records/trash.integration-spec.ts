import { type Client } from '@modelcontextprotocol/client';

import {
  callConfirmedTool,
  callTool,
  callToolError,
  type RecordsResult,
} from '../utils/tool-calls';
import { type IdsResult, sorted, useRecordsApp } from './utils/use-records-app';

// Totals, and records in the trash: soft delete, restore, destroy.
describe('record query features', () => {
  const recordsApp = useRecordsApp();
  const {
    table,
    sql,
    sqlCount,
    findPage,
    findAllPages,
    findAllIds,
    createPeople,
  } = recordsApp;
  let admin: Client;
  let support: Client;

  beforeAll(() => {
    ({ admin, support } = recordsApp);
  });

  describe('totals and the trash', () => {
    it('adds totalCount only when asked, counting every match whatever the page size', async () => {
      const filter = {
        or: [
          { jobTitle: { ilike: '%manager%' } },
          { jobTitle: { ilike: '%director%' } },
        ],
      };
      const counted = await findPage({
        object: 'person',
        filter,
        limit: 1,
        includeTotalCount: true,
      });
      const plain = await findPage({ object: 'person', filter, limit: 1 });

      expect(counted.totalCount).toBe(
        await sqlCount(
          'person',
          `"deletedAt" IS NULL AND ("jobTitle" ILIKE '%manager%' OR "jobTitle" ILIKE '%director%')`,
        ),
      );
      expect(counted.totalCount).toBeGreaterThan(1);
      expect(plain).not.toHaveProperty('totalCount');
    });

    it('leaves soft-deleted records out unless deleted ones are asked for', async () => {
      const deletedRows = await sql<{ id: string; deletedAt: Date }>(
        `SELECT "id", "deletedAt" FROM ${table('person')} WHERE "deletedAt" IS NOT NULL ORDER BY "id"`,
      );
      const deletedIds = deletedRows.map((row) => row.id);
      const active = await findAllIds({ object: 'person' });
      const only = await findAllPages(
        { object: 'person', deleted: 'only', fields: ['deletedAt'] },
        100,
      ).then((pages) => pages.flatMap((page) => page.records));
      const include = await findPage({
        object: 'person',
        deleted: 'include',
        includeTotalCount: true,
        limit: 1,
      });

      expect(deletedIds.length).toBeGreaterThan(0);
      expect(active.filter((id) => deletedIds.includes(id))).toEqual([]);
      expect(sorted(only.map((record) => record.id))).toEqual(deletedIds);
      expect(
        only.map((record) => [record.id, record.deletedAt]).sort(),
      ).toEqual(
        deletedRows.map((row) => [row.id, row.deletedAt.toISOString()]),
      );
      expect(include.totalCount).toBe(await sqlCount('person'));

      const get = await callTool<RecordsResult & { missingIds: string[] }>(
        admin,
        'get_records',
        { object: 'person', ids: [deletedIds[0]] },
      );
      const getIncluded = await callTool<
        RecordsResult & { missingIds: string[] }
      >(admin, 'get_records', {
        object: 'person',
        ids: [deletedIds[0]],
        deleted: 'include',
      });

      expect(get).toMatchObject({ records: [], missingIds: [deletedIds[0]] });
      expect(getIncluded.records[0]).toMatchObject({
        id: deletedIds[0],
        deletedAt: deletedRows[0].deletedAt.toISOString(),
      });
    });

    it('deletes, restores and destroys, destroy only with the destroy permission', async () => {
      const [person] = await createPeople([
        { name: { firstName: 'Trash', lastName: 'FT' } },
      ]);
      const deletedAt = async () =>
        (
          await sql<{ deletedAt: Date | null }>(
            `SELECT "deletedAt" FROM ${table('person')} WHERE "id" = $1`,
            [person.id],
          )
        )[0]?.deletedAt;

      // The support role may delete and restore, not destroy.
      const supportTools = (await support.listTools()).tools.map(
        (tool) => tool.name,
      );

      expect(supportTools).toEqual(
        expect.arrayContaining(['delete_records', 'restore_records']),
      );
      expect(supportTools).not.toContain('destroy_records');

      expect(
        await callTool<IdsResult>(support, 'delete_records', {
          object: 'person',
          ids: [person.id],
        }),
      ).toEqual({ object: 'person', ids: [person.id], unchangedIds: [] });
      expect(await deletedAt()).toBeInstanceOf(Date);
      expect(
        await findAllIds({
          object: 'person',
          filter: { id: { eq: person.id } },
        }),
      ).toEqual([]);
      expect(
        await callToolError(admin, 'update_records', {
          object: 'person',
          records: [{ id: person.id, jobTitle: 'Ghost' }],
        }),
      ).toMatch(/must be restored first/);
      expect(
        await callTool<IdsResult>(support, 'delete_records', {
          object: 'person',
          ids: [person.id],
        }),
      ).toEqual({ object: 'person', ids: [], unchangedIds: [person.id] });

      expect(
        await callTool<IdsResult>(support, 'restore_records', {
          object: 'person',
          ids: [person.id],
        }),
      ).toEqual({ object: 'person', ids: [person.id], unchangedIds: [] });
      expect(await deletedAt()).toBeNull();

      await expect(
        support.callTool({
          name: 'destroy_records',
          arguments: { object: 'person', ids: [person.id] },
        }),
      ).rejects.toThrow(/Unknown tool "destroy_records"/);
      expect(await deletedAt()).toBeNull();

      expect(
        await callConfirmedTool<IdsResult>(admin, 'destroy_records', {
          object: 'person',
          ids: [person.id],
        }),
      ).toEqual({ object: 'person', ids: [person.id], unchangedIds: [] });
      expect(await deletedAt()).toBeUndefined();
      expect(
        await callTool<IdsResult>(admin, 'destroy_records', {
          object: 'person',
          ids: [person.id],
        }),
      ).toEqual({ object: 'person', ids: [], unchangedIds: [person.id] });
    });
  });
});
