import { RecordsService } from '../../../src/services/records/records.service';
import { findAllIds } from './utils/find-all-ids.util';
import { useRecordsDatabase } from './utils/use-records-database.util';

const sorted = (ids: unknown[]) => ids.map(String).sort();

// Every operator family, through RecordsService.find on the Postgres
// back-end, against hand-written SQL.
describe(`${RecordsService.name}: find filters on PostgreSQL`, () => {
  const database = useRecordsDatabase();

  const expectSameRows = async (
    objectName: string,
    table: string,
    filter: unknown,
    condition: string,
    params: unknown[] = [],
  ) => {
    const expected = await database.sql(
      `SELECT id FROM ${database.schema}."${table}" WHERE "deletedAt" IS NULL AND (${condition})`,
      params,
    );
    const actual = await findAllIds(database, objectName, { filter });

    expect(expected.length).toBeGreaterThan(0);
    expect(sorted(actual)).toEqual(sorted(expected.map((row) => row.id)));

    return actual.length;
  };

  it('should filter text with eq, neq, in, like, ilike, startsWith, endsWith and is', async () => {
    const [{ nameFirstName, city }, other] = await database.sql(
      `SELECT "nameFirstName", city FROM ${database.schema}.person WHERE "deletedAt" IS NULL ORDER BY id LIMIT 2`,
    );

    await expectSameRows(
      'person',
      'person',
      { name: { firstName: { eq: nameFirstName } } },
      '"nameFirstName" = $1',
      [nameFirstName],
    );
    await expectSameRows(
      'person',
      'person',
      { city: { neq: city } },
      'city <> $1',
      [city],
    );
    await expectSameRows(
      'person',
      'person',
      { city: { in: [city, other.city] } },
      'city IN ($1, $2)',
      [city, other.city],
    );
    await expectSameRows(
      'person',
      'person',
      { name: { lastName: { like: 'B%' } } },
      `"nameLastName" LIKE 'B%'`,
    );
    await expectSameRows(
      'person',
      'person',
      { name: { firstName: { ilike: '%an%' } } },
      `"nameFirstName" ILIKE '%an%'`,
    );
    await expectSameRows(
      'person',
      'person',
      { name: { firstName: { startsWith: 'A' } } },
      `"nameFirstName" LIKE 'A%'`,
    );
    await expectSameRows(
      'person',
      'person',
      { emails: { primaryEmail: { endsWith: '.com' } } },
      `"emailsPrimaryEmail" LIKE '%.com'`,
    );
    await expectSameRows(
      'person',
      'person',
      { jobTitle: { is: 'NOT_NULL' } },
      '"jobTitle" IS NOT NULL',
    );
  });

  it('should filter ordered values: numbers, numerics, dates, date-times, currency and ratings', async () => {
    await expectSameRows(
      'subscription',
      '_subscription',
      { seats: { gte: 50, lt: 500 } },
      'seats >= 50 AND seats < 500',
    );
    await expectSameRows(
      'subscription',
      '_subscription',
      { usageUnits: { gt: '50000.5' } },
      `"usageUnits" > 50000.5`,
    );
    await expectSameRows(
      'subscription',
      '_subscription',
      { startsOn: { lte: '2026-01-01' } },
      `"startsOn" <= '2026-01-01'`,
    );
    await expectSameRows(
      'opportunity',
      'opportunity',
      { closeDate: { lt: '2026-09-01T00:00:00+02:00' } },
      `"closeDate" < '2026-09-01T00:00:00+02:00'::timestamptz`,
    );
    await expectSameRows(
      'opportunity',
      'opportunity',
      { amount: { amount: { gt: 50000 } } },
      '"amountAmountMicros" > 50000000000',
    );
    await expectSameRows(
      'opportunity',
      'opportunity',
      { amount: { amount: { lte: 150000.5 }, currencyCode: { eq: 'EUR' } } },
      `"amountAmountMicros" <= 150000500000 AND "amountCurrencyCode" = 'EUR'`,
    );
    await expectSameRows(
      'subscription',
      '_subscription',
      { healthScore: { gt: 'RATING_3' } },
      `"healthScore" IN ('RATING_4', 'RATING_5')`,
    );
    await expectSameRows(
      'subscription',
      '_subscription',
      { healthScore: { lte: 'RATING_2' } },
      `"healthScore" IN ('RATING_1', 'RATING_2')`,
    );
  });

  it('should filter uuids, join columns, selects and booleans', async () => {
    const [{ companyId, billingAccountId }] = await database.sql(
      `SELECT "companyId", "billingAccountId" FROM ${database.schema}."_subscription" WHERE "companyId" IS NOT NULL LIMIT 1`,
    );

    await expectSameRows(
      'subscription',
      '_subscription',
      { companyId: { eq: companyId } },
      '"companyId" = $1',
      [companyId],
    );
    await expectSameRows(
      'subscription',
      '_subscription',
      { billingAccountId: { in: [billingAccountId] } },
      '"billingAccountId" = $1',
      [billingAccountId],
    );
    await expectSameRows(
      'opportunity',
      'opportunity',
      { stage: { in: ['PROPOSAL', 'MEETING'] } },
      `stage IN ('PROPOSAL', 'MEETING')`,
    );
    await expectSameRows(
      'opportunity',
      'opportunity',
      { stage: { neq: 'NEW' } },
      `stage <> 'NEW'`,
    );
    await expectSameRows(
      'subscription',
      '_subscription',
      { plan: { eq: 'ENTERPRISE' } },
      `plan = 'ENTERPRISE'`,
    );
    await expectSameRows(
      'company',
      'company',
      { idealCustomerProfile: { eq: true } },
      '"idealCustomerProfile"',
    );
  });

  it('should filter multi-selects, arrays, JSON and rich text', async () => {
    await expectSameRows(
      'subscription',
      '_subscription',
      { addOns: { containsAny: ['SSO', 'API_ACCESS'] } },
      `"addOns"::text[] && ARRAY['SSO', 'API_ACCESS']`,
    );
    await expectSameRows(
      'subscription',
      '_subscription',
      { addOns: { isEmptyArray: true } },
      `coalesce(cardinality("addOns"), 0) = 0`,
    );
    await expectSameRows(
      'subscription',
      '_subscription',
      { addOns: { isEmptyArray: false } },
      `cardinality("addOns") > 0`,
    );
    await expectSameRows(
      'subscription',
      '_subscription',
      { tags: { containsAny: ['strategic'] } },
      `'strategic' = ANY(tags)`,
    );
    await expectSameRows(
      'subscription',
      '_subscription',
      { tags: { containsIlike: '%RISK%' } },
      `EXISTS (SELECT 1 FROM unnest(tags) t WHERE t ILIKE '%risk%')`,
    );
    await expectSameRows(
      'subscription',
      '_subscription',
      { externalMetadata: { is: 'NOT_NULL' } },
      '"externalMetadata" IS NOT NULL',
    );
    await expectSameRows(
      'subscription',
      '_subscription',
      { terms: { ilike: '%net 30%' } },
      `"termsMarkdown" ILIKE '%net 30%'`,
    );
  });

  it('should combine and, or and not like SQL does', async () => {
    await expectSameRows(
      'opportunity',
      'opportunity',
      {
        or: [
          {
            and: [
              { stage: { eq: 'CUSTOMER' } },
              { amount: { currencyCode: { neq: 'USD' } } },
            ],
          },
          { not: { name: { ilike: '%a%' } } },
        ],
      },
      `(stage = 'CUSTOMER' AND "amountCurrencyCode" <> 'USD') OR NOT (name ILIKE '%a%')`,
    );
  });

  it('should match startsWith / endsWith text literally, wildcards included', async () => {
    await database.sql(
      `UPDATE ${database.schema}."_subscription" SET name = CASE WHEN position = 0 THEN '100%_off deal' ELSE '1000 off deal' END WHERE position IN (0, 1)`,
    );

    await expectSameRows(
      'subscription',
      '_subscription',
      { name: { startsWith: '100%_' } },
      `name = '100%_off deal'`,
    );
    await expectSameRows(
      'subscription',
      '_subscription',
      { name: { endsWith: '%_off deal' } },
      `name = '100%_off deal'`,
    );
    // `like` keeps its wildcards: both names match.
    expect(
      await findAllIds(database, 'subscription', {
        filter: { name: { like: '100%_off deal' } },
      }),
    ).toHaveLength(2);
  });

  it('should select live, trashed or all records', async () => {
    const [{ live, trashed }] = await database.sql(
      `SELECT count(*) FILTER (WHERE "deletedAt" IS NULL)::int AS live, count(*) FILTER (WHERE "deletedAt" IS NOT NULL)::int AS trashed FROM ${database.schema}.person`,
    );

    expect(trashed).toBeGreaterThan(0);
    expect(await findAllIds(database, 'person')).toHaveLength(Number(live));
    expect(
      await findAllIds(database, 'person', { deleted: 'only' }),
    ).toHaveLength(Number(trashed));
    expect(
      await findAllIds(database, 'person', { deleted: 'include' }),
    ).toHaveLength(Number(live) + Number(trashed));
  });

  it('should count every matching record when asked, and give an empty page no cursor', async () => {
    const [{ count }] = await database.sql(
      `SELECT count(*)::int AS count FROM ${database.schema}.opportunity WHERE "deletedAt" IS NULL AND stage <> 'NEW'`,
    );
    const page = await database.find('opportunity', {
      filter: { stage: { neq: 'NEW' } },
      includeTotalCount: true,
      limit: 2,
    });
    const empty = await database.find('opportunity', {
      filter: { name: { eq: 'no such opportunity' } },
      includeTotalCount: true,
    });

    expect(page.totalCount).toBe(count);
    expect(page.records).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(await database.find('opportunity', { limit: 1 })).not.toHaveProperty(
      'totalCount',
    );
    expect(empty).toEqual({
      records: [],
      pageInfo: { hasNextPage: false, endCursor: null },
      totalCount: 0,
    });
  });
});
