import { type Client } from '@modelcontextprotocol/client';
import { type Client as PgClient } from 'pg';

import { callTool, textOf } from '../utils/tool-calls';
import { FIELD_CASES } from './cases/all-fields';
import {
  type Dynamic,
  type Fixtures,
  MISSING_ID,
  resolve,
  TABLES,
} from './utils/field-case';
import { useFieldTypesApp } from './utils/use-field-types-app';

// Every writable field of the custom objects through the typed per-object
// tools, checked against what PostgreSQL holds.
describe('field types through the per-object tools', () => {
  const app = useFieldTypesApp({ toolMode: 'per-object' });
  let client: Client;
  let pg: PgClient;
  let schema: string;
  let fixtures: Fixtures;

  const SURFACES = [
    {
      object: 'subscription' as const,
      stem: 'subscriptions',
    },
    {
      object: 'supportTicket' as const,
      stem: 'support_tickets',
    },
  ];

  beforeAll(() => {
    ({ admin: client, pg, schema, fixtures } = app);
  });

  it('lists typed tools per object instead of the generic record tools', async () => {
    const names = (await client.listTools()).tools.map((tool) => tool.name);

    for (const { stem } of SURFACES) {
      expect(names).toEqual(
        expect.arrayContaining(
          ['find', 'get', 'aggregate', 'create', 'update', 'delete'].map(
            (verb) => `${verb}_${stem}`,
          ),
        ),
      );
    }

    expect(names).not.toContain('create_records');
    expect(names).not.toContain('find_records');
  });

  it.each(SURFACES)(
    'create_$stem → get_$stem → update_$stem → find_$stem round-trips every writable field',
    async ({ object, stem }) => {
      const cases = FIELD_CASES.filter(
        (fieldCase) => fieldCase.object === object,
      );
      const value = <T>(dynamic: Dynamic<T>) => resolve(dynamic, fixtures);
      const input = Object.fromEntries(
        cases.map((fieldCase) => [fieldCase.field, value(fieldCase.created)]),
      );
      const {
        records: [created],
      } = await callTool(client, `create_${stem}`, { records: [input] });

      for (const fieldCase of cases) {
        expect({
          field: fieldCase.field,
          value: created[fieldCase.field],
        }).toEqual({
          field: fieldCase.field,
          value: value(fieldCase.read ?? fieldCase.created),
        });
      }

      const {
        records: [read],
      } = await callTool(client, `get_${stem}`, { ids: [created.id] });

      expect(read).toEqual(created);

      const {
        records: [updated],
      } = await callTool(client, `update_${stem}`, {
        records: [
          {
            id: created.id,
            ...Object.fromEntries(
              cases.map((fieldCase) => [
                fieldCase.field,
                value(fieldCase.update),
              ]),
            ),
          },
        ],
      });

      for (const fieldCase of cases) {
        expect({
          field: fieldCase.field,
          value: updated[fieldCase.field],
        }).toEqual({
          field: fieldCase.field,
          value: value(fieldCase.updated ?? fieldCase.update),
        });
      }

      // Every field's first filter at once finds exactly what SQL finds.
      const matching = cases.map((fieldCase) => value(fieldCase.filters)[0]);
      const { records: found } = await callTool(client, `find_${stem}`, {
        filter: {
          and: matching.map(({ filter }, index) => ({
            [cases[index].field]: filter,
          })),
        },
        limit: 100,
      });
      const { rows } = await pg.query<{ id: string }>(
        `SELECT "id" FROM "${schema}"."${TABLES[object]}" WHERE "deletedAt" IS NULL AND ${matching.map(({ sql }) => `(${sql})`).join(' AND ')}`,
      );

      expect(found.map((record) => record.id).sort()).toEqual(
        rows.map((row) => row.id).sort(),
      );
      expect(found.map((record) => record.id)).toContain(created.id);
    },
  );

  it('refuses an invalid value with a message naming the field, writing nothing', async () => {
    const countRows = async () =>
      (
        await pg.query(
          `SELECT (SELECT count(*) FROM "${schema}"."_subscription") AS "subscriptions", (SELECT count(*) FROM "${schema}"."_supportTicket") AS "tickets"`,
        )
      ).rows[0];
    const before = await countRows();
    const result = await client.callTool({
      name: 'create_subscriptions',
      arguments: { records: [{ name: 'FT ok' }, { seats: 1.5 }] },
    });
    const enumResult = await client.callTool({
      name: 'update_support_tickets',
      arguments: {
        records: [{ id: fixtures.subscriptionIds[0], priority: 'CRITICAL' }],
      },
    });
    const dbResult = await client.callTool({
      name: 'create_support_tickets',
      arguments: { records: [{ name: 'FT ok' }, { requesterId: MISSING_ID }] },
    });

    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/records\/1\/seats/);
    expect(enumResult.isError).toBe(true);
    expect(textOf(enumResult)).toMatch(/priority.*LOW.*MEDIUM.*HIGH.*URGENT/s);
    expect(dbResult.isError).toBe(true);
    expect(textOf(dbResult)).toMatch(
      /"requesterId" is .* but no person has that id/,
    );
    expect(await countRows()).toEqual(before);
  });
});
