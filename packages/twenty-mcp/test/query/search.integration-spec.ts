import { buildCrossObjectSearchQuery } from '../../src/backends/postgres/records/sql/build-cross-object-search-query.util';
import { buildInsertQuery } from '../../src/backends/postgres/records/sql/build-insert-query.util';
import { buildSearchQuery } from '../../src/backends/postgres/records/sql/build-search-query.util';
import { decodeRecordRow } from '../../src/backends/postgres/records/utils/decode-record-row.util';
import { decodeSearchHits } from '../../src/backends/postgres/records/utils/decode-search-hits.util';
import { encodeRecordInput } from '../../src/services/records/utils/encode-record-input.util';
import { resolveSelection } from '../../src/services/records/utils/resolve-selection.util';
import { findAllIds } from './utils/find-all-ids.util';
import { useQueryDatabase } from './utils/use-query-database.util';

describe('full-text search on PostgreSQL', () => {
  const database = useQueryDatabase();
  let seeded: { id: string; firstName: string; email: string };

  beforeAll(async () => {
    const [row] = await database.sql(
      `SELECT id, "nameFirstName", "emailsPrimaryEmail" FROM ${database.schema}.person
       WHERE "deletedAt" IS NULL AND "emailsPrimaryEmail" LIKE '%@%' ORDER BY position LIMIT 1`,
    );

    seeded = {
      id: String(row.id),
      firstName: String(row.nameFirstName),
      email: String(row.emailsPrimaryEmail),
    };
  });

  const searchPersons = (search: string) =>
    findAllIds(database, 'person', { search });

  it('should find a seeded person by first name, in any case, and by prefix', async () => {
    expect(await searchPersons(seeded.firstName)).toContain(seeded.id);
    expect(await searchPersons(seeded.firstName.toUpperCase())).toContain(
      seeded.id,
    );
    expect(await searchPersons(seeded.firstName.slice(0, 3))).toContain(
      seeded.id,
    );
  });

  it('should find a seeded person by email domain and by full email', async () => {
    const domain = seeded.email.split('@')[1];
    const byDomain = await searchPersons(domain);
    const [{ count }] = await database.sql(
      `SELECT count(*)::int AS count FROM ${database.schema}.person WHERE "deletedAt" IS NULL AND "emailsPrimaryEmail" LIKE $1`,
      [`%@${domain}`],
    );

    expect(byDomain).toContain(seeded.id);
    expect(byDomain.length).toBeGreaterThanOrEqual(Number(count));
    expect(await searchPersons(seeded.email)).toContain(seeded.id);
  });

  it('should require every word and ignore accents', async () => {
    const { target, workspace } = database.context;
    const person = target('person');
    const record = await encodeRecordInput({
      ...person,
      mode: 'create',
      input: { name: { firstName: 'Zoë', lastName: 'Ñúñez' }, city: 'Curaçao' },
    });
    const [created] = await database.run(
      buildInsertQuery({
        schemaName: workspace.schemaName,
        ...person,
        records: [record],
        actor: { source: 'API', name: 'test', workspaceMemberId: null },
        returning: resolveSelection({ workspace, ...person, fields: [] }),
      }),
    );

    expect(await searchPersons('zoe nunez')).toEqual([created.id]);
    expect(await searchPersons('ZOË Ñú')).toEqual([created.id]);
    expect(await searchPersons(`zoe ${seeded.firstName}`)).toEqual([]);
  });

  it('should treat tsquery syntax and SQL in the text as plain words', async () => {
    expect(await searchPersons(`${seeded.firstName} & | ! ( :* <->`)).toContain(
      seeded.id,
    );
    await expect(searchPersons("'); DROP TABLE person; --")).resolves.toEqual(
      [],
    );
    const [{ count }] = await database.sql(
      `SELECT count(*)::int AS count FROM ${database.schema}.person`,
    );

    expect(count).toBeGreaterThan(0);
  });

  it('should rank one object and return its records', async () => {
    const { target, workspace } = database.context;
    const person = target('person');
    const selection = resolveSelection({
      workspace,
      ...person,
      fields: ['name'],
    });
    const rows = await database.run(
      buildSearchQuery({
        schemaName: workspace.schemaName,
        ...person,
        search: seeded.firstName,
        selection,
      }),
    );

    expect(
      rows.map((row) => decodeRecordRow(selection.fields, row).id),
    ).toContain(seeded.id);
    expect(rows.map((row) => Number(row.__rank))).toEqual(
      [...rows.map((row) => Number(row.__rank))].sort(
        (left, right) => right - left,
      ),
    );
  });

  it('should search several objects at once with labels', async () => {
    const { target, workspace } = database.context;
    const [company] = await database.sql(
      `SELECT c.id, c.name FROM ${database.schema}.company c JOIN ${database.schema}.person p ON p."companyId" = c.id
       WHERE c."deletedAt" IS NULL AND p.id = $1`,
      [seeded.id],
    );
    const word = String(company.name).split(/\W+/)[0];
    const hits = decodeSearchHits(
      await database.run(
        buildCrossObjectSearchQuery({
          schemaName: workspace.schemaName,
          targets: ['person', 'company', 'opportunity', 'subscription'].map(
            target,
          ),
          search: word,
          limit: 50,
        }),
      ),
    );

    expect(hits).toContainEqual(
      expect.objectContaining({
        objectName: 'company',
        id: company.id,
        label: company.name,
      }),
    );
    expect(new Set(hits.map((hit) => hit.objectName)).size).toBeGreaterThan(1);
    expect(hits.map((hit) => hit.rank)).toEqual(
      [...hits.map((hit) => hit.rank)].sort((left, right) => right - left),
    );
  });
});
