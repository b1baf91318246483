import { type Client } from '@modelcontextprotocol/client';
import {
  SUBSCRIPTION_OBJECT,
  SUPPORT_TICKET_OBJECT,
} from '@twenty-mcp/twenty-db';
import { type Client as PgClient } from 'pg';

import { callTool, callToolError } from '../utils/tool-calls';
import { FIELD_CASES } from './cases/all-fields';
import { type DescribedField, MISSING_ID } from './utils/field-case';
import { useFieldTypesApp } from './utils/use-field-types-app';

// Which field types the custom objects use, and the fields the server
// maintains (files, position, timestamps, defaults), through the compact
// tools, checked against PostgreSQL.
describe('field types through the MCP tools (compact surface)', () => {
  const app = useFieldTypesApp();
  const { getRecord, findIds, sqlIds, readColumns, table } = app;
  let admin: Client;
  let pg: PgClient;

  beforeAll(() => {
    ({ admin, pg } = app);
  });

  it('covers every field type the custom objects use, and every writable field', async () => {
    const described = await Promise.all(
      (['subscription', 'supportTicket'] as const).map((object) =>
        callTool<{ name: string; fields: DescribedField[] }>(
          admin,
          'describe_object',
          { object },
        ),
      ),
    );
    const types = new Set(
      described.flatMap(({ fields }) => fields.map((field) => field.type)),
    );

    expect([...types].sort()).toEqual(
      [
        'TEXT',
        'NUMBER',
        'NUMERIC',
        'BOOLEAN',
        'DATE',
        'DATE_TIME',
        'UUID',
        'SELECT',
        'MULTI_SELECT',
        'RATING',
        'CURRENCY',
        'FULL_NAME',
        'EMAILS',
        'PHONES',
        'LINKS',
        'ADDRESS',
        'ACTOR',
        'RICH_TEXT',
        'ARRAY',
        'RAW_JSON',
        'FILES',
        'RELATION',
        'MORPH_RELATION',
      ].sort(),
    );

    const caseKeys = FIELD_CASES.map(
      ({ object, field }) => `${object}.${field}`,
    );

    for (const { name, fields } of described) {
      for (const field of fields.filter((candidate) => candidate.writable)) {
        expect(caseKeys).toContain(
          `${name}.${field.relation?.idField ?? field.name}`,
        );
      }

      for (const fieldCase of FIELD_CASES.filter(
        (item) => item.object === name,
      )) {
        const field = fields.find(
          (candidate) =>
            (candidate.relation?.idField ?? candidate.name) === fieldCase.field,
        );

        expect({ field: fieldCase.field, type: field?.type }).toEqual({
          field: fieldCase.field,
          type: fieldCase.type,
        });
        expect(field?.sortable).toBe(fieldCase.sortable);
      }
    }

    // Every field the seed describes is exposed.
    for (const [object, description] of [
      ['subscription', SUBSCRIPTION_OBJECT],
      ['supportTicket', SUPPORT_TICKET_OBJECT],
    ] as const) {
      const names = described
        .find((item) => item.name === object)!
        .fields.map((field) => field.name);

      expect(names).toEqual(
        expect.arrayContaining([
          ...description.fields.map((field) => field.name),
          ...(description.relations ?? []).map((relation) => relation.name),
        ]),
      );
    }

    // NUMBER: an int setting makes an integer, decimals a float.
    const subscriptionFields = described[0].fields;

    expect(
      subscriptionFields.find((field) => field.name === 'seats')?.integer,
    ).toBe(true);
    expect(
      subscriptionFields.find((field) => field.name === 'discountRate')
        ?.integer,
    ).toBeFalsy();
  });

  describe('fields the server maintains', () => {
    it('FILES: reads the stored files, refuses writes, filters on emptiness', async () => {
      const { rows } = await pg.query<{ id: string; contracts: unknown }>(
        `SELECT "id", "contracts" FROM ${table('subscription')} WHERE "contracts" IS NOT NULL AND "deletedAt" IS NULL ORDER BY "id" LIMIT 1`,
      );
      const seeded = await getRecord('subscription', rows[0].id);

      expect(seeded.contracts).toEqual(rows[0].contracts);
      expect(seeded.contracts).toEqual([
        expect.objectContaining({
          fileId: expect.any(String),
          label: 'order-form.pdf',
          extension: 'pdf',
        }),
      ]);

      const {
        records: [created],
      } = await callTool(admin, 'create_records', {
        object: 'subscription',
        records: [{ name: 'FT files' }],
      });

      expect(created.contracts).toEqual([]);
      expect(
        await callToolError(admin, 'update_records', {
          object: 'subscription',
          records: [{ id: created.id, contracts: seeded.contracts }],
        }),
      ).toMatch(
        /"contracts" cannot be written: files cannot be uploaded through this API/,
      );

      const empty = await findIds('subscription', {
        filter: { contracts: { is: 'NULL' } },
      });

      expect([...empty].sort()).toEqual(
        await sqlIds('subscription', `"contracts" IS NULL`),
      );
      expect(empty).toContain(created.id);
      expect(
        await callToolError(admin, 'find_records', {
          object: 'subscription',
          filter: { contracts: { eq: 'x' } },
        }),
      ).toMatch(/Operator "eq" is not available on "contracts". Operators: is/);
    });

    it('position: new records go on top, a batch stays below every existing record', async () => {
      const minPosition = async () =>
        Number(
          (
            await pg.query(
              `SELECT min("position") AS "min" FROM ${table('subscription')}`,
            )
          ).rows[0].min,
        );
      const top = await minPosition();
      const { records } = await callTool(admin, 'create_records', {
        object: 'subscription',
        records: [
          { name: 'FT position 1' },
          { name: 'FT position 2' },
          { name: 'FT position 3' },
        ],
      });
      const { rows } = await pg.query<{ id: string; position: number }>(
        `SELECT "id", "position" FROM ${table('subscription')} WHERE "id" = ANY($1::uuid[])`,
        [records.map((record) => record.id)],
      );
      const positions = rows.map((row) => row.position);

      expect(new Set(positions).size).toBe(3);
      expect(Math.max(...positions)).toBeLessThan(top);
      expect(await minPosition()).toBe(Math.min(...positions));
      expect(records[0]).not.toHaveProperty('position');
      expect(
        await callToolError(admin, 'update_records', {
          object: 'subscription',
          records: [{ id: records[0].id, position: 1 }],
        }),
      ).toMatch(/Unknown field "position" on subscription/);
    });

    it('createdAt / updatedAt: set on create, updatedAt moves on every update, id is not writable', async () => {
      const {
        records: [created],
      } = await callTool(admin, 'create_records', {
        object: 'subscription',
        records: [{ name: 'FT timestamps' }],
      });

      expect(created.updatedAt).toBe(created.createdAt);
      expect(Date.parse(String(created.createdAt))).toBeGreaterThan(
        Date.now() - 60_000,
      );

      await new Promise((resolveDelay) => setTimeout(resolveDelay, 20));

      const {
        records: [updated],
      } = await callTool(admin, 'update_records', {
        object: 'subscription',
        records: [{ id: created.id, seats: 3 }],
      });
      const stored = await readColumns('subscription', created.id, [
        `to_char("createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
        `to_char("updatedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
      ]);

      expect(updated.createdAt).toBe(created.createdAt);
      expect(Date.parse(String(updated.updatedAt))).toBeGreaterThan(
        Date.parse(String(created.updatedAt)),
      );
      expect(Object.values(stored)).toEqual([
        updated.createdAt,
        updated.updatedAt,
      ]);
      expect(
        await callToolError(admin, 'create_records', {
          object: 'subscription',
          records: [{ id: MISSING_ID, name: 'FT id' }],
        }),
      ).toMatch(/"id" cannot be written: it is maintained by the server/);
      expect(
        await callToolError(admin, 'update_records', {
          object: 'subscription',
          records: [{ id: created.id, updatedAt: '2020-01-01T00:00:00Z' }],
        }),
      ).toMatch(
        /"updatedAt" cannot be written: it is maintained by the server/,
      );
    });

    it('defaults: non-nullable fields take their default when left out', async () => {
      const before = Date.now();
      const {
        records: [ticket],
      } = await callTool(admin, 'create_records', {
        object: 'supportTicket',
        records: [{ name: 'FT defaults' }],
      });
      const {
        records: [subscription],
      } = await callTool(admin, 'create_records', {
        object: 'subscription',
        records: [{ name: 'FT defaults' }],
      });

      expect(ticket).toMatchObject({
        priority: 'MEDIUM',
        isResolved: false,
        channel: null,
        satisfaction: null,
        details: null,
        subscriptionId: null,
      });
      expect(Date.parse(String(ticket.openedAt))).toBeGreaterThanOrEqual(
        before - 60_000,
      );
      expect(subscription).toMatchObject({
        plan: 'STARTER',
        autoRenew: true,
        addOns: [],
        tags: [],
        monthlyRecurringRevenue: { amount: null, currencyCode: null },
        billingEmails: { primaryEmail: null, additionalEmails: [] },
        externalMetadata: null,
        terms: null,
      });
    });
  });
});
