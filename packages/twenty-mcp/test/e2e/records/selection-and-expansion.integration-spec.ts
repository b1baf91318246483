import { type Client } from '@modelcontextprotocol/client';

import { callTool, callToolError } from '../utils/tool-calls';
import { type IdsResult, useRecordsApp } from './utils/use-records-app';

// The fields a read returns and the relations it expands, against SQL.
describe('record query features', () => {
  const recordsApp = useRecordsApp();
  const { table, sql, sqlIds, sqlCount, findPage, createPeople } = recordsApp;
  let admin: Client;

  beforeAll(() => {
    ({ admin } = recordsApp);
  });

  describe('selection and expansion', () => {
    it('returns only the fields asked for, plus id', async () => {
      const { records } = await findPage({
        object: 'person',
        fields: ['name', 'jobTitle', 'companyId'],
        limit: 10,
      });
      const rows = await sql<{
        id: string;
        nameFirstName: string;
        nameLastName: string;
        jobTitle: string;
        companyId: string | null;
      }>(
        `SELECT "id", "nameFirstName", "nameLastName", "jobTitle", "companyId" FROM ${table('person')} WHERE "id" = ANY($1::uuid[])`,
        [records.map((record) => record.id)],
      );

      for (const record of records) {
        const row = rows.find((candidate) => candidate.id === record.id)!;

        expect(Object.keys(record).sort()).toEqual([
          'companyId',
          'id',
          'jobTitle',
          'name',
        ]);
        expect(record).toEqual({
          id: row.id,
          name: { firstName: row.nameFirstName, lastName: row.nameLastName },
          jobTitle: row.jobTitle,
          companyId: row.companyId,
        });
      }

      expect(
        await callToolError(admin, 'find_records', {
          object: 'person',
          fields: ['salary'],
        }),
      ).toMatch(
        /Unknown field "salary" on person. Fields you can select: .*jobTitle/,
      );
      expect(
        await callToolError(admin, 'find_records', {
          object: 'company',
          fields: ['people'],
        }),
      ).toMatch(/"people" is a one-to-many relation; add it to "expand"/);
    });

    it('expands a many-to-one relation to the related record, null when it is in the trash', async () => {
      const { records } = await findPage({
        object: 'person',
        fields: ['name'],
        expand: ['company'],
        limit: 100,
      });
      const companies = new Map(
        (
          await sql<{ id: string; name: string; deletedAt: Date | null }>(
            `SELECT "id", "name", "deletedAt" FROM ${table('company')}`,
          )
        ).map((row) => [row.id, row]),
      );
      const trashed = records.filter(
        (record) =>
          record.companyId !== null &&
          companies.get(String(record.companyId))?.deletedAt,
      );

      expect(records.some((record) => record.companyId === null)).toBe(true);
      expect(trashed.length).toBeGreaterThan(0);

      for (const record of records) {
        const company = companies.get(String(record.companyId));

        if (!company || company.deletedAt) {
          expect(record.company).toBeNull();
        } else {
          expect(record.company).toEqual(
            expect.objectContaining({ id: company.id, name: company.name }),
          );
        }
      }
    });

    it('expands a one-to-many relation to its newest records, capped, with the total count', async () => {
      const [{ id: companyId }] = await sql<{ id: string }>(
        `SELECT "id" FROM ${table('company')} WHERE "deletedAt" IS NULL ORDER BY "id" LIMIT 1`,
      );
      const created = await createPeople(
        Array.from({ length: 12 }, (_, index) => ({
          name: { firstName: `Expand${index}`, lastName: 'FT' },
          companyId,
        })),
      );
      const expand = async () =>
        (
          await callTool(admin, 'get_records', {
            object: 'company',
            ids: [companyId],
            fields: ['name'],
            expand: ['people'],
          })
        ).records[0].people as {
          totalCount: number;
          records: { id: string; name: unknown }[];
        };
      const expected = async () => ({
        total: await sqlCount(
          'person',
          `"companyId" = '${companyId}' AND "deletedAt" IS NULL`,
        ),
        newest: await sqlIds(
          'person',
          `"companyId" = '${companyId}'`,
          '"createdAt" DESC, "id" ASC LIMIT 10',
        ),
      });

      const people = await expand();
      const { total, newest } = await expected();

      expect(total).toBeGreaterThanOrEqual(12);
      expect(people.totalCount).toBe(total);
      expect(people.records).toHaveLength(10);
      expect(people.records.map((record) => record.id)).toEqual(newest);
      expect(people.records[0]).toEqual({
        id: expect.any(String),
        name: { firstName: expect.any(String), lastName: expect.any(String) },
      });

      // Trashed records do not count.
      await callTool<IdsResult>(admin, 'delete_records', {
        object: 'person',
        ids: [created[0].id, created[1].id],
      });
      expect((await expand()).totalCount).toBe(total - 2);
    });
  });
});
