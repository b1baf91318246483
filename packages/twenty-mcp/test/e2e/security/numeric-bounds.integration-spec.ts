import { type Client } from '@modelcontextprotocol/client';
import { escapeIdentifier } from 'pg';

import { useTestApp } from '../utils/use-test-app';
import { callTool, callToolError } from '../utils/tool-calls';

type AggregateResult = {
  groups: { key: Record<string, unknown>; values: Record<string, unknown> }[];
};

// Numbers a write may store, and aggregates over what is stored: a value
// no column or sum can hold is refused with the range, and AVG / SUM never
// fail for huge values stored by someone else (Twenty itself, or a write
// made before these bounds).
describe('numeric bounds', () => {
  const e2e = useTestApp({}, { name: 'numeric-bounds' });
  let admin: Client;

  beforeAll(async () => {
    admin = await e2e.connect(e2e.tokens['MCP - admin']);
  });

  it.each([1e308, -1e308, 9007199254740992])(
    'should refuse employees: %s with the range, writing nothing',
    async (employees) => {
      expect(
        await callToolError(admin, 'create_records', {
          object: 'company',
          records: [{ name: 'Overflow Inc', employees }],
        }),
      ).toMatch(
        /"employees" must be between -9007199254740991 and 9007199254740991/,
      );

      const { rows } = await e2e.pg.query(
        `SELECT 1 FROM ${escapeIdentifier(e2e.schema)}."company" WHERE "name" = 'Overflow Inc'`,
      );

      expect(rows).toHaveLength(0);
    },
  );

  it.each([1e308, '1e20', -9223372036855])(
    'should refuse an amount of %s with the range',
    async (amountMicrosUnits) => {
      expect(
        await callToolError(admin, 'create_records', {
          object: 'opportunity',
          records: [
            {
              name: 'Overflow deal',
              amount: { amount: amountMicrosUnits, currencyCode: 'USD' },
            },
          ],
        }),
      ).toMatch(
        /"amount\.amount" must be between -9223372036854\.775807 and 9223372036854\.775807 currency units/,
      );
    },
  );

  it('should store the largest amount allowed exactly', async () => {
    const { records } = await callTool(admin, 'create_records', {
      object: 'opportunity',
      records: [
        {
          name: 'Largest deal',
          amount: { amount: '-9223372036854.775807', currencyCode: 'USD' },
        },
      ],
    });
    const { rows } = await e2e.pg.query<{ micros: string }>(
      `SELECT "amountAmountMicros"::text AS micros FROM ${escapeIdentifier(e2e.schema)}."opportunity" WHERE "id" = $1`,
      [records[0].id],
    );

    expect(rows[0].micros).toBe('-9223372036854775807');
  });

  it('should average and sum huge stored numbers without failing', async () => {
    // Written behind the module's back, as Twenty or an old write may have.
    await e2e.pg.query(
      `UPDATE ${escapeIdentifier(e2e.schema)}."company" SET "employees" = 1e308
        WHERE "id" IN (SELECT "id" FROM ${escapeIdentifier(e2e.schema)}."company" WHERE "deletedAt" IS NULL ORDER BY "id" LIMIT 3)`,
    );

    for (const token of ['MCP - admin', 'MCP - read-only']) {
      const client = await e2e.connect(e2e.tokens[token]);
      const { groups } = await callTool<AggregateResult>(
        client,
        'aggregate_records',
        {
          object: 'company',
          metrics: [
            { op: 'AVG', field: 'employees' },
            { op: 'SUM', field: 'employees' },
            { op: 'MAX', field: 'employees' },
          ],
        },
      );
      const { values } = groups[0];

      expect(values['AVG(employees)']).toEqual(expect.any(Number));
      expect(Number.isFinite(values['AVG(employees)'])).toBe(true);
      // 3e308 is beyond a double: the exact sum as text.
      expect(values['SUM(employees)']).toMatch(/^3000{300,}/);
      expect(values['MAX(employees)']).toBe(1e308);
    }
  });
});
