import { type Client } from '@modelcontextprotocol/client';

import { callTool, callToolError } from '../utils/tool-calls';
import { useRecordsApp } from './utils/use-records-app';

// Batch writes: one transaction, all or nothing.
describe('record query features', () => {
  const recordsApp = useRecordsApp();
  const { table, sql, sqlIds, sqlCount, findAllIds, createPeople } = recordsApp;
  let admin: Client;

  beforeAll(() => {
    ({ admin } = recordsApp);
  });

  describe('batch writes', () => {
    const person = (index: number, extra: Record<string, unknown> = {}) => ({
      name: { firstName: `Batch${index}`, lastName: 'FT' },
      emails: { primaryEmail: `batch${index}.${extra.tag ?? 'ok'}@ft.test` },
      ...Object.fromEntries(
        Object.entries(extra).filter(([key]) => key !== 'tag'),
      ),
    });

    it('creates 20 people in one call, in one transaction', async () => {
      const before = await sqlCount('person');
      const records = await createPeople(
        Array.from({ length: 20 }, (_, index) => person(index)),
      );
      const stored = await sql<{ xmin: string; firstName: string }>(
        `SELECT "xmin"::text AS "xmin", "nameFirstName" AS "firstName" FROM ${table('person')} WHERE "id" = ANY($1::uuid[])`,
        [records.map((record) => record.id)],
      );

      expect(records.map((record) => record.name)).toEqual(
        Array.from({ length: 20 }, (_, index) => ({
          firstName: `Batch${index}`,
          lastName: 'FT',
        })),
      );
      expect(await sqlCount('person')).toBe(before + 20);
      expect(stored).toHaveLength(20);
      // One transaction id for all of them.
      expect(new Set(stored.map((row) => row.xmin)).size).toBe(1);
    });

    it('pages by id through records created in one transaction, which share one createdAt', async () => {
      const paged = await findAllIds(
        {
          object: 'person',
          filter: { name: { firstName: { startsWith: 'Batch' } } },
        },
        3,
      );

      expect(paged.length).toBeGreaterThanOrEqual(20);
      expect(paged).toEqual(
        await sqlIds(
          'person',
          `"nameFirstName" LIKE 'Batch%'`,
          '"createdAt" DESC, "id" ASC',
        ),
      );
    });

    it('writes nothing when one record is invalid, naming it', async () => {
      const before = await sqlCount('person');
      const records = Array.from({ length: 20 }, (_, index) =>
        person(index, { tag: 'invalid' }),
      );

      records[13] = person(13, { tag: 'invalid', jobTitle: 42 });

      expect(
        await callToolError(admin, 'create_records', {
          object: 'person',
          records,
        }),
      ).toMatch(/records\[13\]: "jobTitle" must be a string/);
      expect(await sqlCount('person')).toBe(before);
    });

    it('rolls back rows already inserted when PostgreSQL refuses a later one', async () => {
      const before = await sqlCount('person');
      const [{ email }] = await sql<{ email: string }>(
        `SELECT "emailsPrimaryEmail" AS "email" FROM ${table('person')} WHERE "emailsPrimaryEmail" IS NOT NULL ORDER BY "id" LIMIT 1`,
      );
      const records = Array.from({ length: 20 }, (_, index) =>
        person(index, { tag: 'duplicate' }),
      );

      // The unique email index refuses record 15, after earlier ones went in.
      records[15] = {
        ...person(15),
        emails: { primaryEmail: email },
      };

      const message = await callToolError(admin, 'create_records', {
        object: 'person',
        records,
      });

      expect(message).toMatch(
        new RegExp(
          `Another person already has emails.primaryEmail = ${email.replace(/[.]/g, '\\.')}`,
        ),
      );
      expect(message).toMatch(/Nothing was written/);
      expect(await sqlCount('person')).toBe(before);
      expect(
        await sqlCount(
          'person',
          `"emailsPrimaryEmail" LIKE '%.duplicate@ft.test'`,
        ),
      ).toBe(0);
    });

    it('refuses more than 50 records per call', async () => {
      const before = await sqlCount('person');

      expect(
        await callToolError(admin, 'create_records', {
          object: 'person',
          records: Array.from({ length: 51 }, (_, index) =>
            person(index, { tag: 'toomany' }),
          ),
        }),
      ).toMatch(/records: must NOT have more than 50 items/);
      expect(await sqlCount('person')).toBe(before);
    });

    it('updates a batch all or nothing', async () => {
      const created = await createPeople([
        person(100, { tag: 'update' }),
        person(101, { tag: 'update' }),
      ]);
      const missing = '00000000-0000-4000-8000-000000000000';

      expect(
        await callToolError(admin, 'update_records', {
          object: 'person',
          records: [
            { id: created[0].id, jobTitle: 'Changed' },
            { id: missing, jobTitle: 'Changed' },
            { id: created[1].id, jobTitle: 'Changed' },
          ],
        }),
      ).toMatch(
        new RegExp(`No person with id ${missing}.*Nothing was updated`),
      );
      expect(
        await sqlCount(
          'person',
          `"jobTitle" = 'Changed' AND "id" IN ('${created[0].id}', '${created[1].id}')`,
        ),
      ).toBe(0);

      const { records } = await callTool(admin, 'update_records', {
        object: 'person',
        records: created.map((record) => ({
          id: record.id,
          jobTitle: 'Changed',
        })),
      });

      expect(records.map((record) => record.jobTitle)).toEqual([
        'Changed',
        'Changed',
      ]);
    });
  });
});
