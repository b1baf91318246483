import { type AggregateRecordsRequest } from '../../../src/domain/records/types/records-requests.type';
import { RecordsService } from '../../../src/services/records/records.service';
import { useRecordsDatabase } from './utils/use-records-database.util';

describe(`${RecordsService.name}: aggregates on PostgreSQL`, () => {
  const database = useRecordsDatabase();
  const aggregate = (
    objectName: string,
    request: Partial<Omit<AggregateRecordsRequest, 'objectName'>>,
  ) =>
    database.records.aggregate(database.context.access, {
      metrics: undefined,
      ...request,
      objectName,
    });

  it('should count opportunities by stage', async () => {
    const result = await aggregate('opportunity', {
      groupBy: [{ field: 'stage' }],
    });
    const expected = await database.sql(
      `SELECT stage, count(*)::int AS count FROM ${database.schema}.opportunity WHERE "deletedAt" IS NULL GROUP BY stage ORDER BY stage`,
    );

    expect(result).toEqual({
      groups: expected.map((row) => ({
        key: { stage: row.stage },
        values: { COUNT: row.count },
      })),
      hasMoreGroups: false,
    });
  });

  it('should sum amounts in currency units by currency', async () => {
    const result = await aggregate('opportunity', {
      groupBy: [{ field: 'amount', subField: 'currencyCode' }],
      metrics: [
        { op: 'SUM', field: 'amount' },
        { op: 'AVG', field: 'amount' },
        { op: 'MAX', field: 'amount' },
      ],
      orderBy: [{ metric: 0, direction: 'DESC' }],
    });
    const expected = await database.sql(
      `SELECT "amountCurrencyCode" AS code, (sum("amountAmountMicros") / 1000000)::float8 AS sum,
              (avg("amountAmountMicros") / 1000000)::float8 AS avg, (max("amountAmountMicros") / 1000000)::float8 AS max
       FROM ${database.schema}.opportunity WHERE "deletedAt" IS NULL GROUP BY 1 ORDER BY 2 DESC`,
    );

    expect(result.groups).toEqual(
      expected.map((row) => ({
        key: { 'amount.currencyCode': row.code },
        values: {
          'SUM(amount)': row.sum,
          'AVG(amount)': expect.closeTo(Number(row.avg), 6),
          'MAX(amount)': row.max,
        },
      })),
    );
    expect(result.groups[0].values['SUM(amount)']).toBeGreaterThan(1000);
  });

  it('should bucket by month in a time zone', async () => {
    const result = await aggregate('opportunity', {
      groupBy: [{ field: 'closeDate', granularity: 'MONTH' }],
      timeZone: 'America/Los_Angeles',
    });
    const expected = await database.sql(
      `SELECT to_char(date_trunc('month', "closeDate" AT TIME ZONE 'America/Los_Angeles'), 'YYYY-MM-DD') AS month, count(*)::int AS count
       FROM ${database.schema}.opportunity WHERE "deletedAt" IS NULL GROUP BY 1 ORDER BY 1 NULLS LAST`,
    );

    expect(expected.length).toBeGreaterThan(3);
    expect(result.groups).toEqual(
      expected.map((row) => ({
        key: { 'closeDate:MONTH': row.month },
        values: { COUNT: row.count },
      })),
    );
  });

  it('should group by weekday and by a relation, with limit and hasMoreGroups', async () => {
    const byWeekday = await aggregate('opportunity', {
      groupBy: [{ field: 'closeDate', granularity: 'DAY_OF_WEEK' }],
      timeZone: 'Asia/Tokyo',
    });
    const expected = await database.sql(
      `SELECT extract(isodow FROM "closeDate" AT TIME ZONE 'Asia/Tokyo')::int AS day, count(*)::int AS count
       FROM ${database.schema}.opportunity WHERE "deletedAt" IS NULL GROUP BY 1 ORDER BY 1`,
    );

    expect(byWeekday.groups).toEqual(
      expected.map((row) => ({
        key: { 'closeDate:DAY_OF_WEEK': row.day },
        values: { COUNT: row.count },
      })),
    );

    const byCompany = await aggregate('opportunity', {
      groupBy: [{ field: 'companyId' }],
      orderBy: [{ metric: 0, direction: 'DESC' }],
      limit: 3,
    });

    expect(byCompany.groups).toHaveLength(3);
    expect(byCompany.hasMoreGroups).toBe(true);
  });

  it('should compute emptiness, distinct, boolean, exact numeric and date metrics', async () => {
    const result = await aggregate('subscription', {
      metrics: [
        { op: 'COUNT' },
        { op: 'COUNT_EMPTY', field: 'tags' },
        { op: 'PERCENTAGE_NOT_EMPTY', field: 'tags' },
        { op: 'COUNT_UNIQUE', field: 'plan' },
        { op: 'COUNT_TRUE', field: 'autoRenew' },
        { op: 'COUNT_FALSE', field: 'autoRenew' },
        { op: 'SUM', field: 'usageUnits' },
        { op: 'MIN', field: 'startsOn' },
        { op: 'MAX', field: 'renewsAt' },
      ],
    });
    const [expected] = await database.sql(
      `SELECT count(*)::int AS count,
              count(*) FILTER (WHERE coalesce(cardinality(tags), 0) = 0)::int AS empty,
              100.0 * count(*) FILTER (WHERE cardinality(tags) > 0) / count(*) AS "notEmpty",
              count(DISTINCT plan)::int AS plans,
              count(*) FILTER (WHERE "autoRenew")::int AS yes, count(*) FILTER (WHERE NOT "autoRenew")::int AS no,
              sum("usageUnits")::text AS usage, to_char(min("startsOn"), 'YYYY-MM-DD') AS first, max("renewsAt") AS last
       FROM ${database.schema}."_subscription" WHERE "deletedAt" IS NULL`,
    );

    expect(result.groups).toEqual([
      {
        key: {},
        values: {
          COUNT: expected.count,
          'COUNT_EMPTY(tags)': expected.empty,
          'PERCENTAGE_NOT_EMPTY(tags)': Number(expected.notEmpty),
          'COUNT_UNIQUE(plan)': expected.plans,
          'COUNT_TRUE(autoRenew)': expected.yes,
          'COUNT_FALSE(autoRenew)': expected.no,
          'SUM(usageUnits)': expected.usage,
          'MIN(startsOn)': expected.first,
          'MAX(renewsAt)': (expected.last as Date).toISOString(),
        },
      },
    ]);
    expect(expected.empty).toBeGreaterThan(0);
  });

  it('should aggregate only filtered records', async () => {
    const result = await aggregate('opportunity', {
      filter: { stage: { eq: 'CUSTOMER' } },
    });
    const [{ count }] = await database.sql(
      `SELECT count(*)::int AS count FROM ${database.schema}.opportunity WHERE "deletedAt" IS NULL AND stage = 'CUSTOMER'`,
    );

    expect(result.groups).toEqual([{ key: {}, values: { COUNT: count } }]);
  });
});
