import { TwentyMcpExceptionCode } from '../../../src/domain/exceptions/twenty-mcp-exception-code.enum';
import { type OrderDirection } from '../../../src/domain/records/types/order-direction.type';
import { RecordsService } from '../../../src/services/records/records.service';
import { expectQueryError } from './utils/expect-query-error.util';
import { findAllIds } from './utils/find-all-ids.util';
import { useRecordsDatabase } from './utils/use-records-database.util';

const DIRECTIONS: [OrderDirection, string][] = [
  ['AscNullsFirst', 'ASC NULLS FIRST'],
  ['AscNullsLast', 'ASC NULLS LAST'],
  ['DescNullsFirst', 'DESC NULLS FIRST'],
  ['DescNullsLast', 'DESC NULLS LAST'],
];

// Pages of 7 through columns full of NULLs and ties must add up to exactly
// the ordered list PostgreSQL gives in one query.
describe(`${RecordsService.name}: keyset pagination on PostgreSQL`, () => {
  const database = useRecordsDatabase();
  const table = () => `${database.schema}."_subscription"`;

  beforeAll(async () => {
    // Ties everywhere (seats 0–3), a quarter NULL; timestamps with
    // microseconds, shared by several rows, some NULL; NULL last names.
    await database.sql(
      `UPDATE ${table()} SET
         seats = CASE WHEN position::int % 4 = 0 THEN NULL ELSE position::int % 3 END,
         "renewsAt" = CASE WHEN position::int % 5 = 0 THEN NULL
                           ELSE '2027-01-01 10:00:00.123456+00'::timestamptz + (position::int % 3) * interval '1 microsecond' END,
         "billingContactLastName" = CASE WHEN position::int % 6 = 0 THEN NULL ELSE "billingContactLastName" END`,
    );
  });

  it('should have NULLs and duplicates to page through', async () => {
    const [stats] = await database.sql(
      `SELECT count(*) FILTER (WHERE seats IS NULL)::int AS "nullSeats", count(DISTINCT seats)::int AS "distinctSeats",
              count(*) FILTER (WHERE "renewsAt" IS NULL)::int AS "nullRenewals", count(*)::int AS total
       FROM ${table()} WHERE "deletedAt" IS NULL`,
    );

    expect(stats.nullSeats).toBeGreaterThan(3);
    expect(stats.distinctSeats).toBe(3);
    expect(stats.nullRenewals).toBeGreaterThan(3);
    expect(stats.total).toBeGreaterThan(21);
  });

  describe.each(DIRECTIONS)('%s', (direction, sql) => {
    const expectPagesToMatch = async (orderBy: unknown, orderSql: string) => {
      const expected = await database.sql(
        `SELECT id FROM ${table()} WHERE "deletedAt" IS NULL ORDER BY ${orderSql}, id ASC`,
      );
      const paged = await findAllIds(database, 'subscription', { orderBy }, 7);

      expect(paged).toEqual(expected.map((row) => row.id));
    };

    it('should page through a nullable number with ties', async () => {
      await expectPagesToMatch([{ seats: direction }], `seats ${sql}`);
    });

    it('should page through microsecond timestamps with ties and NULLs', async () => {
      await expectPagesToMatch([{ renewsAt: direction }], `"renewsAt" ${sql}`);
    });

    it('should page through a composite text sub-field and a second key', async () => {
      await expectPagesToMatch(
        [
          { billingContact: { lastName: direction } },
          { seats: 'DescNullsFirst' },
        ],
        `"billingContactLastName" ${sql}, seats DESC NULLS FIRST`,
      );
    });

    it('should page through an enum by option order', async () => {
      await expectPagesToMatch(
        [{ plan: direction }, { healthScore: direction }],
        `plan ${sql}, "healthScore" ${sql}`,
      );
    });
  });

  it('should not repeat or skip records when new ones arrive before the cursor', async () => {
    // Newest first: a record created now sorts before every cursor.
    const orderBy = [{ createdAt: 'DescNullsLast' }];
    const first = await database.find('subscription', { orderBy, limit: 5 });
    const before = await findAllIds(database, 'subscription', { orderBy }, 100);

    await database.sql(
      `INSERT INTO ${table()} (name) VALUES ('arrived during paging')`,
    );

    const rest = await findAllIds(
      database,
      'subscription',
      { orderBy, after: first.pageInfo.endCursor ?? undefined },
      100,
    );

    expect([...first.records.map((record) => record.id), ...rest]).toEqual(
      before,
    );
  });

  it('should refuse a cursor under another ordering', async () => {
    const page = await database.find('subscription', {
      orderBy: [{ seats: 'AscNullsFirst' }],
      limit: 3,
    });

    await expectQueryError(
      () =>
        database.find('subscription', {
          orderBy: [{ seats: 'AscNullsLast' }],
          after: page.pageInfo.endCursor ?? undefined,
        }),
      TwentyMcpExceptionCode.INVALID_ARGUMENT,
      /different ordering/,
    );
  });
});
