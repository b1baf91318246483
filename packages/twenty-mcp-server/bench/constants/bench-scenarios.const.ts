import { type BenchScenario } from '../types/bench-scenario.type';
import { currentQuarter } from '../utils/current-quarter.util';

const quarter = currentQuarter(new Date());

// "Which open opportunities over $50k close this quarter, and who is the
// point of contact?" — the filtered search the closing notes report.
const OPEN_BIG_DEALS_FILTER = {
  and: [
    { stage: { neq: 'CUSTOMER' } },
    { amount: { amount: { gt: 50_000 } } },
    { closeDate: { gte: quarter.start.toISOString() } },
    { closeDate: { lt: quarter.end.toISOString() } },
  ],
};

export const BENCH_SCENARIOS: BenchScenario[] = [
  {
    name: 'tools/list',
    run: async (client) => {
      await client.listTools();
    },
  },
  {
    name: 'find_records: open deals > $50k this quarter + point of contact',
    run: async (client) => {
      const result = await client.callTool({
        name: 'find_records',
        arguments: {
          object: 'opportunity',
          filter: OPEN_BIG_DEALS_FILTER,
          orderBy: [{ amount: { amount: 'DescNullsLast' } }],
          expand: ['pointOfContact'],
          limit: 20,
        },
      });

      if (result.isError) {
        throw new Error(JSON.stringify(result.content));
      }
    },
    sql: (schema) => ({
      text: `SELECT o.*, p."id" AS "pocId", p."nameFirstName", p."nameLastName"
               FROM "${schema}"."opportunity" o
               LEFT JOIN "${schema}"."person" p ON p."id" = o."pointOfContactId" AND p."deletedAt" IS NULL
              WHERE o."deletedAt" IS NULL AND o."stage" <> 'CUSTOMER'
                AND o."amountAmountMicros" > $1 AND o."closeDate" >= $2 AND o."closeDate" < $3
              ORDER BY o."amountAmountMicros" DESC NULLS LAST, o."id" LIMIT 20`,
      values: [50_000_000_000, quarter.start, quarter.end],
    }),
  },
  {
    name: 'search_records: "schiller" across objects',
    run: async (client) => {
      const result = await client.callTool({
        name: 'search_records',
        arguments: { query: 'schiller' },
      });

      if (result.isError) {
        throw new Error(JSON.stringify(result.content));
      }
    },
  },
  {
    name: 'find_records: 20 people, first page',
    run: async (client) => {
      const result = await client.callTool({
        name: 'find_records',
        arguments: { object: 'person', limit: 20 },
      });

      if (result.isError) {
        throw new Error(JSON.stringify(result.content));
      }
    },
    sql: (schema) => ({
      // The same order find_records uses by default: newest first.
      text: `SELECT * FROM "${schema}"."person" WHERE "deletedAt" IS NULL
              ORDER BY "createdAt" DESC NULLS LAST, "id" LIMIT 20`,
      values: [],
    }),
  },
  {
    name: 'aggregate_records: pipeline by stage (count, sum)',
    run: async (client) => {
      const result = await client.callTool({
        name: 'aggregate_records',
        arguments: {
          object: 'opportunity',
          groupBy: [{ field: 'stage' }],
          metrics: [{ op: 'COUNT' }, { op: 'SUM', field: 'amount' }],
        },
      });

      if (result.isError) {
        throw new Error(JSON.stringify(result.content));
      }
    },
    sql: (schema) => ({
      text: `SELECT "stage", count(*), sum("amountAmountMicros") FROM "${schema}"."opportunity"
              WHERE "deletedAt" IS NULL GROUP BY "stage" ORDER BY "stage"`,
      values: [],
    }),
  },
];
