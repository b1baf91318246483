import {
  Client,
  StreamableHTTPClientTransport,
} from '@modelcontextprotocol/client';
import { DEMO_WORKSPACE } from '@twenty-mcp/twenty-db';
import { Client as PgClient } from 'pg';

import { demoTokens } from './utils/demo-tokens';
import { startTestServer, type TestServer } from './utils/start-test-server';

// Query features of the record tools on the demo data, over HTTP with the
// official SDK client, each result checked against PostgreSQL directly.

type ApiRecord = { id: string } & Record<string, unknown>;
type RecordsResult = { records: ApiRecord[] };
type FindResult = RecordsResult & {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount?: number;
};
type AggregateResult = {
  groups: {
    key: Record<string, string | number | null>;
    values: Record<string, number | string | null>;
  }[];
  hasMoreGroups: boolean;
};
type IdsResult = { object: string; ids: string[]; unchangedIds: string[] };
type SearchResult = {
  hits: { object: string; id: string; label: string | null; rank: number }[];
};
type ToolResult = Awaited<ReturnType<Client['callTool']>>;

const textOf = (result: ToolResult): string =>
  (result.content as { type: string; text?: string }[])
    .map((item) => item.text ?? '')
    .join('\n');

const connectClient = async (url: string, token: string): Promise<Client> => {
  const client = new Client({ name: 'records-e2e', version: '1.0.0' });

  await client.connect(
    new StreamableHTTPClientTransport(new URL(url), {
      requestInit: { headers: { Authorization: `Bearer ${token}` } },
    }),
  );

  return client;
};

const callTool = async <T = RecordsResult>(
  client: Client,
  name: string,
  args: Record<string, unknown>,
): Promise<T> => {
  const result = await client.callTool({ name, arguments: args });

  if (result.isError) {
    throw new Error(`${name} failed: ${textOf(result)}`);
  }

  return result.structuredContent as T;
};

const callToolError = async (
  client: Client,
  name: string,
  args: Record<string, unknown>,
): Promise<string> => {
  const result = await client.callTool({ name, arguments: args });

  if (!result.isError) {
    throw new Error(
      `${name} unexpectedly succeeded: ${JSON.stringify(result.structuredContent)}`,
    );
  }

  return textOf(result);
};

const sorted = (ids: readonly string[]) => [...ids].sort();

describe('record query features', () => {
  let server: TestServer;
  let tokens: Record<string, string>;
  let admin: Client;
  let support: Client;
  let pg: PgClient;
  let schema: string;

  const table = (name: string) => `"${schema}"."${name}"`;

  const sql = async <T extends Record<string, unknown>>(
    text: string,
    params: unknown[] = [],
  ): Promise<T[]> => (await pg.query<T>(text, params)).rows;

  const sqlIds = async (name: string, where = 'TRUE', orderBy = '"id"') =>
    (
      await sql<{ id: string }>(
        `SELECT "id" FROM ${table(name)} WHERE "deletedAt" IS NULL AND (${where}) ORDER BY ${orderBy}`,
      )
    ).map((row) => row.id);

  const sqlCount = async (name: string, where = 'TRUE') =>
    Number(
      (
        await sql<{ count: string }>(
          `SELECT count(*) AS "count" FROM ${table(name)} WHERE ${where}`,
        )
      )[0].count,
    );

  const findPage = (args: Record<string, unknown>) =>
    callTool<FindResult>(admin, 'find_records', args);

  // Every page of a find, with the cursor of each page.
  const findAllPages = async (
    args: Record<string, unknown>,
    pageSize: number,
  ) => {
    const pages: FindResult[] = [];
    let after: string | null = null;

    do {
      const page: FindResult = await findPage({
        ...args,
        limit: pageSize,
        ...(after ? { after } : {}),
      });

      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && pages.length < 200);

    return pages;
  };

  const findAllIds = async (args: Record<string, unknown>, pageSize = 100) =>
    (await findAllPages({ fields: ['id'], ...args }, pageSize)).flatMap(
      (page) => page.records.map((record) => record.id),
    );

  const createPeople = async (records: Record<string, unknown>[]) =>
    (await callTool(admin, 'create_records', { object: 'person', records }))
      .records;

  beforeAll(async () => {
    server = await startTestServer();
    tokens = await demoTokens(server.database.databaseUrl);
    admin = await connectClient(server.url, tokens['MCP - admin']);
    support = await connectClient(server.url, tokens['MCP - support agent']);
    pg = new PgClient({ connectionString: server.database.databaseUrl });
    await pg.connect();
    schema = (
      await sql<{ databaseSchema: string }>(
        `SELECT "databaseSchema" FROM core."workspace" WHERE "id" = $1`,
        [DEMO_WORKSPACE.id],
      )
    )[0].databaseSchema;
  }, 60_000);

  afterAll(async () => {
    await admin?.close();
    await support?.close();
    await pg?.end();
    await server?.stopAll();
  }, 30_000);

  describe('keyset cursor pagination', () => {
    it('pages through every person without duplicates or gaps, as one big page and SQL order them', async () => {
      const paged = await findAllIds({ object: 'person' }, 17);
      const expected = await sqlIds(
        'person',
        'TRUE',
        '"createdAt" DESC, "id" ASC',
      );

      expect(paged).toHaveLength(expected.length);
      expect(new Set(paged).size).toBe(paged.length);
      expect(paged).toEqual(expected);

      const bigPage = await findPage({
        object: 'person',
        fields: ['id'],
        limit: 100,
      });

      expect(bigPage.records.map((record) => record.id)).toEqual(
        paged.slice(0, 100),
      );
    });

    it('pages through a two-key ordering with nulls exactly as SQL orders it', async () => {
      const orderBy = [
        { city: 'DescNullsFirst' },
        { name: { firstName: 'AscNullsLast' } },
      ];

      // Some people without a city, so the cursor crosses NULLs.
      await createPeople([
        { name: { firstName: 'Nocity', lastName: 'One' } },
        { name: { firstName: 'Nocity', lastName: 'Two' } },
      ]);

      const paged = await findAllIds({ object: 'person', orderBy }, 23);

      expect(paged).toEqual(
        await sqlIds(
          'person',
          'TRUE',
          '"city" DESC NULLS FIRST, "nameFirstName" ASC NULLS LAST, "id" ASC',
        ),
      );
    });

    it('stays stable when records are inserted before and after the cursor', async () => {
      const orderBy = [{ name: { lastName: 'AscNullsFirst' } }];
      const firstPages = await findAllPages(
        { object: 'person', orderBy, fields: ['id'] },
        25,
      ).then((pages) => pages.slice(0, 2));
      const seen = firstPages.flatMap((page) =>
        page.records.map((record) => record.id),
      );
      const [{ max }] = await sql<{ max: string }>(
        `SELECT max("nameLastName") AS "max" FROM ${table('person')}`,
      );
      // A NULL last name sorts first (before the cursor), max + "zzz" last.
      const [before, after] = await createPeople([
        { name: { firstName: 'Inserted', lastName: null } },
        { name: { firstName: 'Inserted', lastName: `${max}zzz` } },
      ]);
      const rest: string[] = [];
      let cursor = firstPages[1].pageInfo.endCursor;

      while (cursor) {
        const page = await findPage({
          object: 'person',
          orderBy,
          fields: ['id'],
          limit: 25,
          after: cursor,
        });

        rest.push(...page.records.map((record) => record.id));
        cursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      }

      const all = [...seen, ...rest];
      const expectedNow = await sqlIds(
        'person',
        'TRUE',
        '"nameLastName" ASC NULLS FIRST, "id" ASC',
      );

      expect(new Set(all).size).toBe(all.length);
      expect(rest).not.toContain(before.id);
      expect(rest.filter((id) => id === after.id)).toHaveLength(1);
      expect(all).toEqual(expectedNow.filter((id) => id !== before.id));
    });

    it('refuses a cursor from another ordering, and a malformed one', async () => {
      const page = await findPage({ object: 'person', limit: 5 });

      expect(
        await callToolError(admin, 'find_records', {
          object: 'person',
          orderBy: [{ city: 'AscNullsLast' }],
          after: page.pageInfo.endCursor,
        }),
      ).toMatch(/comes from a different ordering or object/);
      expect(
        await callToolError(admin, 'find_records', {
          object: 'company',
          after: page.pageInfo.endCursor,
        }),
      ).toMatch(/comes from a different ordering or object/);
      expect(
        await callToolError(admin, 'find_records', {
          object: 'person',
          after: 'not-a-cursor',
        }),
      ).toMatch(/The "after" cursor is malformed/);
    });
  });

  describe('page size', () => {
    it('returns 20 records by default and at most 100, refusing more with a clear error', async () => {
      const total = await sqlCount('person', '"deletedAt" IS NULL');
      const defaultPage = await findPage({ object: 'person' });
      const maxPage = await findPage({ object: 'person', limit: 100 });

      expect(defaultPage.records).toHaveLength(20);
      expect(defaultPage.pageInfo.hasNextPage).toBe(true);
      expect(maxPage.records).toHaveLength(Math.min(100, total));
      expect(
        await callToolError(admin, 'find_records', {
          object: 'person',
          limit: 101,
        }),
      ).toMatch(/limit: must be <= 100/);
      expect(
        await callToolError(admin, 'find_records', {
          object: 'person',
          limit: 0,
        }),
      ).toMatch(/limit: must be >= 1/);
    });

    it('says there is a next page only when there is one', async () => {
      const filter = { stage: { eq: 'PROPOSAL' } };
      const count = (await sqlIds('opportunity', `"stage" = 'PROPOSAL'`))
        .length;
      const exact = await findPage({
        object: 'opportunity',
        filter,
        limit: count,
      });
      const short = await findPage({
        object: 'opportunity',
        filter,
        limit: count - 1,
      });

      expect(count).toBeGreaterThan(1);
      expect(exact.records).toHaveLength(count);
      expect(exact.pageInfo.hasNextPage).toBe(false);
      expect(short.pageInfo.hasNextPage).toBe(true);

      const last = await findPage({
        object: 'opportunity',
        filter,
        limit: count - 1,
        after: short.pageInfo.endCursor,
      });

      expect(last.records).toHaveLength(1);
      expect(last.pageInfo.hasNextPage).toBe(false);
    });
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
        await callTool<IdsResult>(admin, 'destroy_records', {
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

  describe('full-text search', () => {
    it('search_records finds people by name, companies by domain and by name, across objects', async () => {
      const [person] = await sql<{
        id: string;
        nameFirstName: string;
        nameLastName: string;
      }>(
        `SELECT "id", "nameFirstName", "nameLastName" FROM ${table('person')} WHERE "deletedAt" IS NULL ORDER BY "id" LIMIT 1`,
      );
      const [company] = await sql<{
        id: string;
        name: string;
        domain: string;
      }>(
        `SELECT "id", "name", "domainNamePrimaryLinkUrl" AS "domain" FROM ${table('company')} WHERE "deletedAt" IS NULL AND "domainNamePrimaryLinkUrl" IS NOT NULL ORDER BY "id" LIMIT 1`,
      );
      const search = (query: string, objects?: string[]) =>
        callTool<SearchResult>(admin, 'search_records', {
          query,
          ...(objects ? { objects } : {}),
          limit: 50,
        });
      const hitOf = (result: SearchResult, object: string, id: string) =>
        result.hits.find((hit) => hit.object === object && hit.id === id);

      const byName = await search(
        `${person.nameFirstName} ${person.nameLastName}`,
      );

      expect(hitOf(byName, 'person', person.id)).toMatchObject({
        label: `${person.nameFirstName} ${person.nameLastName}`,
      });

      const domain = new URL(company.domain).hostname;
      const byDomain = await search(domain, ['company']);

      expect(hitOf(byDomain, 'company', company.id)).toMatchObject({
        label: company.name,
      });
      expect(byDomain.hits.every((hit) => hit.object === 'company')).toBe(true);

      const firstWord = company.name.split(/[\s,-]+/)[0];
      const byCompanyName = await search(firstWord);

      expect(hitOf(byCompanyName, 'company', company.id)).toBeDefined();
      // Opportunities are named after their company: one search, several objects.
      expect(
        new Set(byCompanyName.hits.map((hit) => hit.object)).size,
      ).toBeGreaterThan(1);
      expect([...byCompanyName.hits].sort((a, b) => b.rank - a.rank)).toEqual(
        byCompanyName.hits,
      );
    });

    it('matches word prefixes, ignores accents and case, and leaves out the trash', async () => {
      const [person] = await createPeople([
        { name: { firstName: 'Zoë', lastName: 'Ångström-Ftsearch' } },
      ]);
      const hitIds = async (query: string) =>
        (
          await callTool<SearchResult>(admin, 'search_records', {
            query,
            objects: ['person'],
          })
        ).hits.map((hit) => hit.id);

      expect(await hitIds('zoe angstrom')).toContain(person.id);
      expect(await hitIds('ZOË ÅNGSTRÖM')).toContain(person.id);
      expect(await hitIds('angst ftsea')).toContain(person.id);
      expect(await hitIds('zoe nobodyelse')).not.toContain(person.id);

      await callTool<IdsResult>(admin, 'delete_records', {
        object: 'person',
        ids: [person.id],
      });
      expect(await hitIds('angstrom ftsearch')).not.toContain(person.id);
    });

    it('find_records with search returns what the search vector matches, combined with filters', async () => {
      const [{ word }] = await sql<{ word: string }>(
        `SELECT lower("nameFirstName") AS "word" FROM ${table('person')} WHERE "deletedAt" IS NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
      );
      const found = await findAllPages(
        { object: 'person', search: word, fields: ['name', 'emails'] },
        100,
      ).then((pages) => pages.flatMap((page) => page.records));
      const expected = await sqlIds(
        'person',
        `"searchVector" @@ to_tsquery('simple', '${word}:*')`,
      );

      expect(sorted(found.map((record) => record.id))).toEqual(expected);
      // Every hit has a searchable value with a word starting with the query.
      for (const record of found) {
        expect(JSON.stringify(record).toLowerCase()).toContain(word);
      }

      const withFilter = await findAllIds({
        object: 'person',
        search: word,
        filter: { companyId: { is: 'NOT_NULL' } },
      });

      expect(sorted(withFilter)).toEqual(
        await sqlIds(
          'person',
          `"searchVector" @@ to_tsquery('simple', '${word}:*') AND "companyId" IS NOT NULL`,
        ),
      );
    });
  });

  describe('aggregates', () => {
    type OpportunityRow = {
      stage: string;
      closeDate: Date | null;
      micros: string | null;
      companyId: string | null;
      pointOfContactId: string | null;
    };

    let rows: OpportunityRow[];
    let stageOrder: string[];

    const aggregate = (args: Record<string, unknown>) =>
      callTool<AggregateResult>(admin, 'aggregate_records', {
        object: 'opportunity',
        ...args,
      });

    // Groups computed in JavaScript from the raw rows: independent of the
    // SQL the server writes.
    const groupRows = (keyOf: (row: OpportunityRow) => string) => {
      const groups = new Map<string, OpportunityRow[]>();

      for (const row of rows) {
        const key = keyOf(row);

        groups.set(key, [...(groups.get(key) ?? []), row]);
      }

      return groups;
    };

    const sumUnits = (group: OpportunityRow[]) => {
      const values = group.filter((row) => row.micros !== null);

      return values.length === 0
        ? null
        : Number(values.reduce((sum, row) => sum + BigInt(row.micros!), 0n)) /
            1_000_000;
    };

    const utcQuarter = (date: Date) =>
      `${date.getUTCFullYear()}-${String(Math.floor(date.getUTCMonth() / 3) * 3 + 1).padStart(2, '0')}-01`;

    const monthIn = (date: Date, timeZone: string) => {
      const parts = Object.fromEntries(
        new Intl.DateTimeFormat('en-US', {
          timeZone,
          year: 'numeric',
          month: '2-digit',
        })
          .formatToParts(date)
          .map((part) => [part.type, part.value]),
      );

      return `${parts.year}-${parts.month}-01`;
    };

    beforeAll(async () => {
      rows = await sql<OpportunityRow>(
        `SELECT "stage"::text AS "stage", "closeDate", "amountAmountMicros"::text AS "micros", "companyId", "pointOfContactId" FROM ${table('opportunity')} WHERE "deletedAt" IS NULL`,
      );
      stageOrder = (
        await callTool<{
          fields: { name: string; values?: { value: string }[] }[];
        }>(admin, 'describe_object', { object: 'opportunity' })
      ).fields
        .find((field) => field.name === 'stage')!
        .values!.map((option) => option.value);
    });

    it('COUNT / SUM / AVG / MIN / MAX / COUNT_UNIQUE / emptiness per stage match the rows', async () => {
      const result = await aggregate({
        groupBy: [{ field: 'stage' }],
        metrics: [
          { op: 'COUNT' },
          { op: 'SUM', field: 'amount' },
          { op: 'AVG', field: 'amount' },
          { op: 'MIN', field: 'closeDate' },
          { op: 'MAX', field: 'amount' },
          { op: 'COUNT_UNIQUE', field: 'companyId' },
          { op: 'COUNT_EMPTY', field: 'pointOfContactId' },
          { op: 'COUNT_NOT_EMPTY', field: 'pointOfContactId' },
          { op: 'PERCENTAGE_EMPTY', field: 'pointOfContactId' },
          { op: 'PERCENTAGE_NOT_EMPTY', field: 'pointOfContactId' },
        ],
      });
      const groups = groupRows((row) => row.stage);

      expect(result.hasMoreGroups).toBe(false);
      expect(result.groups.map((group) => group.key.stage)).toEqual(
        stageOrder.filter((stage) => groups.has(stage)),
      );

      for (const { key, values } of result.groups) {
        const group = groups.get(String(key.stage))!;
        const amounts = group
          .filter((row) => row.micros !== null)
          .map((row) => Number(row.micros) / 1_000_000);
        const closeDates = group
          .filter((row) => row.closeDate !== null)
          .map((row) => row.closeDate!.getTime());
        const empty = group.filter((row) => row.pointOfContactId === null);

        expect(values.COUNT).toBe(group.length);
        expect(values['SUM(amount)']).toBe(sumUnits(group));
        expect(values['AVG(amount)']).toBeCloseTo(
          amounts.reduce((sum, amount) => sum + amount, 0) / amounts.length,
          6,
        );
        expect(values['MIN(closeDate)']).toBe(
          new Date(Math.min(...closeDates)).toISOString(),
        );
        expect(values['MAX(amount)']).toBe(Math.max(...amounts));
        expect(values['COUNT_UNIQUE(companyId)']).toBe(
          new Set(group.map((row) => row.companyId).filter((id) => id !== null))
            .size,
        );
        expect(values['COUNT_EMPTY(pointOfContactId)']).toBe(empty.length);
        expect(values['COUNT_NOT_EMPTY(pointOfContactId)']).toBe(
          group.length - empty.length,
        );
        expect(values['PERCENTAGE_EMPTY(pointOfContactId)']).toBeCloseTo(
          (100 * empty.length) / group.length,
          9,
        );
        expect(values['PERCENTAGE_NOT_EMPTY(pointOfContactId)']).toBeCloseTo(
          (100 * (group.length - empty.length)) / group.length,
          9,
        );
      }
    });

    it('groups by a field and a date quarter, in UTC', async () => {
      const result = await aggregate({
        groupBy: [
          { field: 'stage' },
          { field: 'closeDate', granularity: 'QUARTER' },
        ],
        metrics: [{ op: 'COUNT' }, { op: 'SUM', field: 'amount' }],
        limit: 100,
      });
      const groups = groupRows(
        (row) =>
          `${row.stage}|${row.closeDate ? utcQuarter(row.closeDate) : null}`,
      );

      expect(result.hasMoreGroups).toBe(false);
      expect(
        result.groups
          .map(
            ({ key, values }) =>
              `${key.stage}|${key['closeDate:QUARTER']}|${values.COUNT}|${values['SUM(amount)']}`,
          )
          .sort(),
      ).toEqual(
        [...groups.entries()]
          .map(([key, group]) => `${key}|${group.length}|${sumUnits(group)}`)
          .sort(),
      );
      // Groups come ordered by their keys: stage by option order, then date.
      const order = result.groups.map(({ key }) => [
        stageOrder.indexOf(String(key.stage)),
        String(key['closeDate:QUARTER']),
      ]);

      expect(order).toEqual(
        [...order].sort(
          ([stageA, dateA], [stageB, dateB]) =>
            Number(stageA) - Number(stageB) ||
            String(dateA).localeCompare(String(dateB)),
        ),
      );
    });

    it('buckets months in the time zone asked for', async () => {
      const timeZone = 'America/New_York';
      const result = await aggregate({
        groupBy: [{ field: 'closeDate', granularity: 'MONTH' }],
        metrics: [{ op: 'COUNT' }],
        timeZone,
      });
      const groups = groupRows((row) =>
        row.closeDate ? monthIn(row.closeDate, timeZone) : 'null',
      );

      expect(
        Object.fromEntries(
          result.groups.map(({ key, values }) => [
            String(key['closeDate:MONTH']),
            values.COUNT,
          ]),
        ),
      ).toEqual(
        Object.fromEntries(
          [...groups.entries()].map(([key, group]) => [key, group.length]),
        ),
      );
    });

    it('orders groups by a metric or a key, limits them and says when more exist', async () => {
      const sums = [...groupRows((row) => row.stage).entries()].map(
        ([stage, group]) => ({ stage, sum: sumUnits(group) ?? 0 }),
      );
      const bySumDesc = [...sums].sort((a, b) => b.sum - a.sum);

      expect(new Set(sums.map(({ sum }) => sum)).size).toBe(sums.length);

      const top = await aggregate({
        groupBy: [{ field: 'stage' }],
        metrics: [{ op: 'SUM', field: 'amount' }],
        orderBy: [{ metric: 0, direction: 'DESC' }],
        limit: 2,
      });

      expect(top.groups.map(({ key }) => key.stage)).toEqual(
        bySumDesc.slice(0, 2).map(({ stage }) => stage),
      );
      expect(top.hasMoreGroups).toBe(true);

      const all = await aggregate({
        groupBy: [{ field: 'stage' }],
        metrics: [{ op: 'COUNT' }],
        orderBy: [{ group: 0, direction: 'DESC' }],
        limit: sums.length,
      });

      expect(all.groups.map(({ key }) => key.stage)).toEqual(
        [...stageOrder]
          .reverse()
          .filter((stage) => sums.some((sum) => sum.stage === stage)),
      );
      expect(all.hasMoreGroups).toBe(false);
    });

    it('applies filters and summarises without groups', async () => {
      const result = await aggregate({
        filter: { stage: { in: ['PROPOSAL', 'MEETING'] } },
        metrics: [{ op: 'COUNT' }, { op: 'SUM', field: 'amount' }],
      });
      const matching = rows.filter((row) =>
        ['PROPOSAL', 'MEETING'].includes(row.stage),
      );

      expect(result).toEqual({
        object: 'opportunity',
        groups: [
          {
            key: {},
            values: {
              COUNT: matching.length,
              'SUM(amount)': sumUnits(matching),
            },
          },
        ],
        hasMoreGroups: false,
      });
    });

    it('sums NUMERIC exactly, counts booleans, and takes the extremes of dates', async () => {
      const result = await callTool<AggregateResult>(
        admin,
        'aggregate_records',
        {
          object: 'subscription',
          groupBy: [{ field: 'plan' }],
          metrics: [
            { op: 'SUM', field: 'usageUnits' },
            { op: 'COUNT_TRUE', field: 'autoRenew' },
            { op: 'COUNT_FALSE', field: 'autoRenew' },
            { op: 'MIN', field: 'startsOn' },
            { op: 'MAX', field: 'startsOn' },
            { op: 'PERCENTAGE_NOT_EMPTY', field: 'billingEmails' },
          ],
        },
      );
      const expected = await sql<{
        plan: string;
        sum: string;
        true: string;
        false: string;
        min: string;
        max: string;
        withEmail: string;
        count: string;
      }>(
        `SELECT "plan"::text AS "plan", sum("usageUnits")::text AS "sum",
           count(*) FILTER (WHERE "autoRenew") AS "true",
           count(*) FILTER (WHERE NOT "autoRenew") AS "false",
           min("startsOn")::text AS "min", max("startsOn")::text AS "max",
           count(*) FILTER (WHERE coalesce("billingEmailsPrimaryEmail", '') <> '') AS "withEmail",
           count(*) AS "count"
         FROM ${table('_subscription')} WHERE "deletedAt" IS NULL GROUP BY 1`,
      );

      expect(result.groups).toHaveLength(expected.length);

      for (const { key, values } of result.groups) {
        const row = expected.find((candidate) => candidate.plan === key.plan)!;

        expect(values).toEqual({
          'SUM(usageUnits)': row.sum,
          'COUNT_TRUE(autoRenew)': Number(row.true),
          'COUNT_FALSE(autoRenew)': Number(row.false),
          'MIN(startsOn)': row.min,
          'MAX(startsOn)': row.max,
          'PERCENTAGE_NOT_EMPTY(billingEmails)': expect.closeTo(
            (100 * Number(row.withEmail)) / Number(row.count),
            9,
          ),
        });
      }
    });

    it('refuses metrics and groups that do not fit the field', async () => {
      expect(
        await callToolError(admin, 'aggregate_records', {
          object: 'opportunity',
          metrics: [{ op: 'SUM', field: 'name' }],
        }),
      ).toMatch(
        /Unknown field "name" on opportunity. Fields you can sum or average: amount/,
      );
      expect(
        await callToolError(admin, 'aggregate_records', {
          object: 'opportunity',
          groupBy: [{ field: 'stage', granularity: 'MONTH' }],
          metrics: [{ op: 'COUNT' }],
        }),
      ).toMatch(/granularity applies to dates only, not to "stage"/);
      expect(
        await callToolError(admin, 'aggregate_records', {
          object: 'opportunity',
          groupBy: [
            { field: 'stage' },
            { field: 'companyId' },
            { field: 'closeDate' },
          ],
          metrics: [{ op: 'COUNT' }],
        }),
      ).toMatch(/groupBy: must NOT have more than 2 items/);
    });
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

  describe('filter grammar', () => {
    const FILTERS: {
      name: string;
      object: string;
      table: string;
      filter: unknown;
      sql: string;
    }[] = [
      {
        name: 'and / or / not nesting',
        object: 'person',
        table: 'person',
        filter: {
          or: [
            {
              and: [
                { jobTitle: { ilike: '%senior%' } },
                { not: { city: { startsWith: 'S' } } },
              ],
            },
            {
              and: [
                { companyId: { is: 'NULL' } },
                { not: { or: [{ name: { firstName: { like: 'A%' } } }] } },
              ],
            },
          ],
        },
        sql: `("jobTitle" ILIKE '%senior%' AND NOT ("city" LIKE 'S%')) OR ("companyId" IS NULL AND NOT ("nameFirstName" LIKE 'A%'))`,
      },
      {
        name: 'in',
        object: 'opportunity',
        table: 'opportunity',
        filter: { stage: { in: ['PROPOSAL', 'CUSTOMER'] } },
        sql: `"stage" IN ('PROPOSAL', 'CUSTOMER')`,
      },
      {
        name: 'like (case-sensitive) and ilike',
        object: 'person',
        table: 'person',
        filter: {
          or: [
            { jobTitle: { like: '%Manager%' } },
            { city: { ilike: '%PORT%' } },
          ],
        },
        sql: `"jobTitle" LIKE '%Manager%' OR "city" ILIKE '%port%'`,
      },
      {
        name: 'startsWith / endsWith on a composite sub-field',
        object: 'person',
        table: 'person',
        filter: {
          emails: {
            primaryEmail: { startsWith: 'a', endsWith: '.com' },
          },
        },
        sql: `"emailsPrimaryEmail" LIKE 'a%' AND "emailsPrimaryEmail" LIKE '%.com'`,
      },
      {
        name: 'startsWith / endsWith take % and _ literally',
        object: 'company',
        table: 'company',
        filter: {
          or: [{ name: { startsWith: '100%' } }, { name: { endsWith: '_2' } }],
        },
        sql: `left("name", 4) = '100%' OR right("name", 2) = '_2'`,
      },
      {
        name: 'like keeps its wildcards',
        object: 'company',
        table: 'company',
        filter: { name: { like: '100% Organic%' } },
        sql: `"name" LIKE '100% Organic%'`,
      },
      {
        name: 'is NULL / NOT_NULL',
        object: 'opportunity',
        table: 'opportunity',
        filter: {
          pointOfContactId: { is: 'NULL' },
          closeDate: { is: 'NOT_NULL' },
        },
        sql: `"pointOfContactId" IS NULL AND "closeDate" IS NOT NULL`,
      },
      {
        name: 'containsIlike on an array',
        object: 'subscription',
        table: '_subscription',
        filter: { tags: { containsIlike: '%risk%' } },
        sql: `EXISTS (SELECT 1 FROM unnest("tags") AS t WHERE t ILIKE '%risk%')`,
      },
      {
        name: 'isEmptyArray',
        object: 'subscription',
        table: '_subscription',
        filter: { addOns: { isEmptyArray: true } },
        sql: `"addOns" IS NULL OR cardinality("addOns") = 0`,
      },
      {
        name: 'gt / lte on dates',
        object: 'opportunity',
        table: 'opportunity',
        filter: {
          closeDate: {
            gt: '2026-06-01T00:00:00Z',
            lte: '2026-12-31T23:59:59Z',
          },
        },
        sql: `"closeDate" > '2026-06-01T00:00:00Z' AND "closeDate" <= '2026-12-31T23:59:59Z'`,
      },
      {
        name: 'currency amount in units and currency code',
        object: 'opportunity',
        table: 'opportunity',
        filter: {
          amount: { amount: { gte: 100000 }, currencyCode: { eq: 'USD' } },
        },
        sql: `"amountAmountMicros" >= 100000000000 AND "amountCurrencyCode" = 'USD'`,
      },
      {
        name: 'an empty filter matches everything',
        object: 'company',
        table: 'company',
        filter: { and: [] },
        sql: 'TRUE',
      },
    ];

    beforeAll(async () => {
      await callTool(admin, 'create_records', {
        object: 'company',
        records: [
          { name: '100% Organic FT' },
          { name: '100X Organic FT' },
          { name: 'Sale_2' },
          { name: 'SaleX2' },
        ],
      });
    });

    it.each(FILTERS)('$name matches what SQL matches', async (item) => {
      const found = await findAllIds({
        object: item.object,
        filter: item.filter,
      });
      const expected = await sqlIds(item.table, item.sql);

      expect(sorted(found)).toEqual(expected);
      expect(found.length).toBeGreaterThan(0);

      if (item.sql !== 'TRUE') {
        // Selective: a filter ignored would return everything.
        expect(found.length).toBeLessThan(
          await sqlCount(item.table, '"deletedAt" IS NULL'),
        );
      }
    });

    it('refuses what the grammar does not allow, saying what is allowed', async () => {
      const refuse = (filter: unknown) =>
        callToolError(admin, 'find_records', { object: 'person', filter });
      let deep: Record<string, unknown> = { jobTitle: { eq: 'x' } };

      for (let level = 0; level < 9; level += 1) {
        deep = { not: deep };
      }

      expect(await refuse({ jobTitle: { contains: 'x' } })).toMatch(
        /Operator "contains" is not available on "jobTitle". Operators: eq, neq, in, like, ilike, startsWith, endsWith, is/,
      );
      expect(await refuse({ salary: { gt: 1 } })).toMatch(
        /Unknown field "salary" on person. Fields you can filter by: .*jobTitle/,
      );
      expect(await refuse({ name: { eq: 'Ada' } })).toMatch(
        /Unknown sub-field "eq" of "name". Sub-fields you can filter by: firstName, lastName/,
      );
      expect(await refuse({ name: 'Ada' })).toMatch(
        /"name" is a composite field; name one of its sub-fields you can filter by: firstName, lastName/,
      );
      expect(await refuse({ createdAt: { gt: 'yesterday' } })).toMatch(
        /Filter "createdAt" gt must be an ISO 8601 date-time/,
      );
      expect(await refuse({ city: { eq: null } })).toMatch(
        /cannot be null; use \{ "is": "NULL" \}/,
      );
      expect(await refuse({ or: {} })).toMatch(
        /"or" takes an array of filters/,
      );
      expect(await refuse(deep)).toMatch(/at most 8 levels deep/);
      expect(
        await refuse({
          and: Array.from({ length: 51 }, (_, index) => ({
            jobTitle: { neq: `x${index}` },
          })),
        }),
      ).toMatch(/at most 50 conditions/);
      expect(
        await refuse({
          jobTitle: {
            in: Array.from({ length: 201 }, (_, index) => `x${index}`),
          },
        }),
      ).toMatch(/201 values; at most 200 are allowed/);
    });
  });
});
