import { QUERY_LIMITS } from '../../src/domain/records/constants/query-limits.const';
import { buildManyToOneExpansionQuery } from '../../src/backends/postgres/records/sql/build-many-to-one-expansion-query.util';
import { buildOneToManyExpansionQuery } from '../../src/backends/postgres/records/sql/build-one-to-many-expansion-query.util';
import { applyManyToOneExpansion } from '../../src/backends/postgres/records/utils/apply-many-to-one-expansion.util';
import { applyOneToManyExpansion } from '../../src/backends/postgres/records/utils/apply-one-to-many-expansion.util';
import { collectManyToOneTargetIds } from '../../src/backends/postgres/records/utils/collect-many-to-one-target-ids.util';
import { prepareFind } from '../../src/services/records/utils/prepare-find.util';
import { useQueryDatabase } from './utils/use-query-database.util';

describe('relation expansions on PostgreSQL', () => {
  const database = useQueryDatabase();

  it('should expand each person’s company with its name', async () => {
    const { workspace, permissions, target } = database.context;
    const prepared = prepareFind({
      workspace,
      permissions,
      ...target('person'),
      expand: ['company'],
      fields: ['name'],
      limit: 100,
    });
    const page = await database.find('person', {
      expand: ['company'],
      fields: ['name'],
      limit: 100,
    });
    const [expansion] = prepared.selection.manyToOne;
    const rows = await database.run(
      buildManyToOneExpansionQuery({
        schemaName: workspace.schemaName,
        expansion,
        targetIds: collectManyToOneTargetIds(page.records, expansion),
      }),
    );
    const records = applyManyToOneExpansion(page.records, expansion, rows);
    const expected = await database.sql(
      `SELECT p.id, c.id AS "companyId", c.name FROM ${database.schema}.person p
       LEFT JOIN ${database.schema}.company c ON c.id = p."companyId" AND c."deletedAt" IS NULL
       WHERE p.id = ANY($1::uuid[])`,
      [page.records.map((record) => record.id)],
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
    const { workspace, permissions, target } = database.context;
    const prepared = prepareFind({
      workspace,
      permissions,
      ...target('company'),
      expand: ['people'],
      fields: ['name'],
    });
    const page = await database.find('company', {
      expand: ['people'],
      fields: ['name'],
    });
    const [expansion] = prepared.selection.oneToMany;

    // The seed has at most 6 people per company: give one company 15.
    await database.sql(
      `UPDATE ${database.schema}.person SET "companyId" = $1
       WHERE id IN (SELECT id FROM ${database.schema}.person WHERE "deletedAt" IS NULL ORDER BY position LIMIT 15)`,
      [page.records[0].id],
    );

    const rows = await database.run(
      buildOneToManyExpansionQuery({
        schemaName: workspace.schemaName,
        expansion,
        parentIds: page.records.map((record) => record.id),
      }),
    );
    const records = applyOneToManyExpansion(page.records, expansion, rows);
    const counts = await database.sql(
      `SELECT "companyId" AS id, count(*)::int AS count FROM ${database.schema}.person
       WHERE "deletedAt" IS NULL AND "companyId" = ANY($1::uuid[]) GROUP BY 1`,
      [page.records.map((record) => record.id)],
    );

    for (const record of records) {
      const people = record.people as {
        totalCount: number;
        records: { id: string; name: unknown }[];
      };
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
      [page.records[0].id],
    );

    expect(
      (records[0].people as { records: { id: string }[] }).records.map(
        (person) => person.id,
      ),
    ).toEqual(newestFirst.map((row) => row.id));
    expect(Math.max(...counts.map((row) => Number(row.count)))).toBeGreaterThan(
      QUERY_LIMITS.maxExpandedRelationRecords,
    );
  });
});
