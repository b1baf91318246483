import { QUERY_LIMITS } from '../../../src/domain/records/constants/query-limits.const';
import { RecordsService } from '../../../src/services/records/records.service';
import { useRecordsDatabase } from './utils/use-records-database.util';

type ExpandedPeople = {
  totalCount: number;
  records: { id: string; name: unknown }[];
};

describe(`${RecordsService.name}: relation expansions on PostgreSQL`, () => {
  const database = useRecordsDatabase();

  it('should expand each person’s company with its name', async () => {
    const { records } = await database.find('person', {
      expand: ['company'],
      fields: ['name'],
      limit: 100,
    });
    const expected = await database.sql(
      `SELECT p.id, c.id AS "companyId", c.name FROM ${database.schema}.person p
       LEFT JOIN ${database.schema}.company c ON c.id = p."companyId" AND c."deletedAt" IS NULL
       WHERE p.id = ANY($1::uuid[])`,
      [records.map((record) => record.id)],
    );

    for (const record of records) {
      const row = expected.find((candidate) => candidate.id === record.id);

      expect(record.company).toEqual(
        row?.companyId ? { id: row.companyId, name: row.name } : null,
      );
    }

    expect(
      records.filter((record) => record.company !== null).length,
    ).toBeGreaterThan(10);
  });

  it('should expand each company’s people, at most 10, with the full count', async () => {
    const before = await database.find('company', { fields: ['name'] });

    // The seed has at most 6 people per company: give one company 15.
    await database.sql(
      `UPDATE ${database.schema}.person SET "companyId" = $1
       WHERE id IN (SELECT id FROM ${database.schema}.person WHERE "deletedAt" IS NULL ORDER BY position LIMIT 15)`,
      [before.records[0].id],
    );

    const { records } = await database.find('company', {
      expand: ['people'],
      fields: ['name'],
    });
    const counts = await database.sql(
      `SELECT "companyId" AS id, count(*)::int AS count FROM ${database.schema}.person
       WHERE "deletedAt" IS NULL AND "companyId" = ANY($1::uuid[]) GROUP BY 1`,
      [records.map((record) => record.id)],
    );

    expect(records.map((record) => record.id)).toEqual(
      before.records.map((record) => record.id),
    );

    for (const record of records) {
      const people = record.people as ExpandedPeople;
      const total = Number(
        counts.find((row) => row.id === record.id)?.count ?? 0,
      );

      expect(people.totalCount).toBe(total);
      expect(people.records).toHaveLength(
        Math.min(total, QUERY_LIMITS.maxExpandedRelationRecords),
      );
      expect(people.records[0]).toEqual(
        total > 0
          ? { id: expect.any(String), name: expect.any(Object) }
          : undefined,
      );
    }

    const newestFirst = await database.sql(
      `SELECT id FROM ${database.schema}.person WHERE "deletedAt" IS NULL AND "companyId" = $1 ORDER BY "createdAt" DESC, id LIMIT 10`,
      [records[0].id],
    );

    expect(
      (records[0].people as ExpandedPeople).records.map((person) => person.id),
    ).toEqual(newestFirst.map((row) => row.id));
    expect(Math.max(...counts.map((row) => Number(row.count)))).toBeGreaterThan(
      QUERY_LIMITS.maxExpandedRelationRecords,
    );
  });

  it('should expand the same way when reading by id', async () => {
    const { records } = await database.find('person', {
      expand: ['company'],
      fields: ['name'],
      limit: 5,
    });

    expect(
      await database.records.getByIds(database.context.access, {
        objectName: 'person',
        ids: records.map((record) => record.id).reverse(),
        expand: ['company'],
        fields: ['name'],
      }),
    ).toEqual([...records].reverse());
  });
});
