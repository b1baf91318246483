import { type Client } from '@modelcontextprotocol/client';

import { callTool, callToolError } from '../utils/tool-calls';
import { type AggregateResult, useRecordsApp } from './utils/use-records-app';

// aggregate_records, checked against groups computed from the raw rows.
describe('record query features', () => {
  const recordsApp = useRecordsApp();
  const { table, sql } = recordsApp;
  let admin: Client;

  beforeAll(() => {
    ({ admin } = recordsApp);
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
});
