import { TwentyMcpExceptionCode } from '../../../src/domain/exceptions/twenty-mcp-exception-code.enum';
import { RecordsService } from '../../../src/services/records/records.service';
import { expectQueryError } from './utils/expect-query-error.util';
import { findAllIds } from './utils/find-all-ids.util';
import { useRecordsDatabase } from './utils/use-records-database.util';

describe(`${RecordsService.name}: full-text search on PostgreSQL`, () => {
  const database = useRecordsDatabase();
  let seeded: {
    id: string;
    firstName: string;
    lastName: string;
    email: string;
  };

  beforeAll(async () => {
    const [row] = await database.sql(
      `SELECT id, "nameFirstName", "nameLastName", "emailsPrimaryEmail" FROM ${database.schema}.person
       WHERE "deletedAt" IS NULL AND "emailsPrimaryEmail" LIKE '%@%' ORDER BY position LIMIT 1`,
    );

    seeded = {
      id: String(row.id),
      firstName: String(row.nameFirstName),
      lastName: String(row.nameLastName),
      email: String(row.emailsPrimaryEmail),
    };
  });

  const searchPersons = (search: string) =>
    findAllIds(database, 'person', { search });
  const search = (query: string, objectNames?: string[], limit?: number) =>
    database.records.search(database.context.access, {
      query,
      objectNames,
      limit,
    });

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
    const [created] = await database.records.create(database.context.access, {
      objectName: 'person',
      records: [
        {
          name: { firstName: 'Zoë', lastName: 'Ñúñez' },
          city: 'Curaçao',
        },
      ],
    });

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

  it('should refuse a search without words', async () => {
    await expectQueryError(
      () => searchPersons('&|!()'),
      TwentyMcpExceptionCode.INVALID_ARGUMENT,
      'search needs at least one word made of letters or digits',
    );
    await expectQueryError(
      () => search('--- ...'),
      TwentyMcpExceptionCode.INVALID_ARGUMENT,
      'search needs at least one word made of letters or digits',
    );
    await expectQueryError(
      () => search('   '),
      TwentyMcpExceptionCode.INVALID_ARGUMENT,
      'search needs at least one word made of letters or digits',
    );
  });

  it('should rank one object and return its records with labels', async () => {
    const hits = await search(seeded.firstName, ['person']);

    expect(hits).toContainEqual({
      objectName: 'person',
      id: seeded.id,
      label: `${seeded.firstName} ${seeded.lastName}`,
      rank: expect.any(Number),
    });
    expect(new Set(hits.map((hit) => hit.objectName))).toEqual(
      new Set(['person']),
    );
    expect(hits.map((hit) => hit.rank)).toEqual(
      [...hits.map((hit) => hit.rank)].sort((left, right) => right - left),
    );
  });

  it('should search several objects at once with labels', async () => {
    const [company] = await database.sql(
      `SELECT c.id, c.name FROM ${database.schema}.company c JOIN ${database.schema}.person p ON p."companyId" = c.id
       WHERE c."deletedAt" IS NULL AND p.id = $1`,
      [seeded.id],
    );
    const word = String(company.name).split(/\W+/)[0];
    const hits = await search(
      word,
      ['person', 'company', 'opportunity', 'subscription'],
      50,
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

  it('should search every searchable object by default, at most 50 hits', async () => {
    const [company] = await database.sql(
      `SELECT c.id, c.name FROM ${database.schema}.company c JOIN ${database.schema}.person p ON p."companyId" = c.id
       WHERE c."deletedAt" IS NULL AND p.id = $1`,
      [seeded.id],
    );
    const hits = await search(String(company.name).split(/\W+/)[0]);

    expect(hits).toContainEqual(
      expect.objectContaining({ objectName: 'company', id: company.id }),
    );
    expect(new Set(hits.map((hit) => hit.objectName)).size).toBeGreaterThan(1);
    expect(await search('a')).toHaveLength(50);
    await expectQueryError(
      () => search('a', undefined, 51),
      TwentyMcpExceptionCode.LIMIT_EXCEEDED,
      'limit is at most 50',
    );
  });

  it('should skip objects that are unknown or cannot be searched, finding nothing in none', async () => {
    expect(await search(seeded.firstName, ['nothing', 'noteTarget'])).toEqual(
      [],
    );
    expect(
      (await search(seeded.firstName, ['nothing', 'person'])).map(
        (hit) => hit.id,
      ),
    ).toContain(seeded.id);
  });
});
