import { type Client } from '@modelcontextprotocol/client';

import { callTool, callToolError } from '../utils/tool-calls';
import { sorted, useRecordsApp } from './utils/use-records-app';

// find_records: keyset cursors and page sizes against SQL's own order, and
// the filter grammar, each filter against the same condition in SQL.
describe('record query features', () => {
  const recordsApp = useRecordsApp();
  const {
    table,
    sql,
    sqlIds,
    sqlCount,
    findPage,
    findAllPages,
    findAllIds,
    createPeople,
  } = recordsApp;
  let admin: Client;

  beforeAll(() => {
    ({ admin } = recordsApp);
  });

  describe('keyset cursor pagination', () => {
    it('pages through every person without duplicates or gaps, as one big page and SQL order them', async () => {
      const paged = await findAllIds({ object: 'person' }, 17);
      // No orderBy: by id alone (docs/record-format.md).
      const expected = await sqlIds('person', 'TRUE', '"id" ASC');

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
