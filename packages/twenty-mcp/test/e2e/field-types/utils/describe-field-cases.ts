import { type Client } from '@modelcontextprotocol/client';
import { type Client as PgClient } from 'pg';

import {
  type ApiRecord,
  callTool,
  callToolError,
} from '../../utils/tool-calls';
import {
  atLeaf,
  type Dynamic,
  type FieldCase,
  type Fixtures,
  ORDER_DIRECTIONS,
  resolve,
  toSqlOrder,
} from './field-case';
import { type FieldTypesApp } from './use-field-types-app';

// The tests every field case gets on the compact surface: create → get →
// update → filter → is NULL → sort → invalid values, each checked against
// what PostgreSQL holds.
export const describeFieldCases = (app: FieldTypesApp, cases: FieldCase[]) => {
  const { getRecord, sqlIds, findIds, countRows, readColumns, table } = app;
  let admin: Client;
  let pg: PgClient;
  let fixtures: Fixtures;

  beforeAll(() => {
    ({ admin, pg, fixtures } = app);
  });

  describe.each(cases)('$object.$field ($type)', (fieldCase) => {
    const { object, field } = fieldCase;
    let id: string;

    const value = <T>(dynamic: Dynamic<T>) => resolve(dynamic, fixtures);
    const withName = (record: Record<string, unknown>) =>
      field === 'name' ? record : { name: `FT ${field}`, ...record };

    it('create_records stores it and get_records returns it as written', async () => {
      const {
        records: [created],
      } = await callTool(admin, 'create_records', {
        object,
        records: [withName({ [field]: value(fieldCase.created) })],
      });

      id = created.id;
      expect(created[field]).toEqual(
        value(fieldCase.read ?? fieldCase.created),
      );
      expect(await getRecord(object, id)).toEqual(created);

      if (fieldCase.stored) {
        const expected = fieldCase.stored.created;

        expect(await readColumns(object, id, Object.keys(expected))).toEqual(
          expected,
        );
      }
    });

    it('update_records changes it and nothing else', async () => {
      const before = await getRecord(object, id);
      const {
        records: [updated],
      } = await callTool(admin, 'update_records', {
        object,
        records: [{ id, [field]: value(fieldCase.update) }],
      });
      const others = (record: ApiRecord) => {
        const {
          [field]: _value,
          updatedAt: _updatedAt,
          updatedBy: _updatedBy,
          ...rest
        } = record;

        return rest;
      };

      expect(updated[field]).toEqual(
        value(fieldCase.updated ?? fieldCase.update),
      );
      expect(others(updated)).toEqual(others(before));
      expect(await getRecord(object, id)).toEqual(updated);

      if (fieldCase.stored) {
        const expected = fieldCase.stored.updated;

        expect(await readColumns(object, id, Object.keys(expected))).toEqual(
          expected,
        );
      }
    });

    it('find_records filters on it exactly as the same condition in SQL', async () => {
      for (const { filter, sql, matches = true } of value(fieldCase.filters)) {
        const found = await findIds(object, { filter: { [field]: filter } });
        const expected = await sqlIds(object, sql);

        expect({ filter, ids: [...found].sort() }).toEqual({
          filter,
          ids: expected,
        });
        expect(found.includes(id)).toBe(matches);
      }
    });

    it('find_records matches is NULL / NOT_NULL as SQL does', async () => {
      const column = fieldCase.leaf.column;
      const isNull = await findIds(object, {
        filter: atLeaf(fieldCase, { is: 'NULL' }),
      });
      const isNotNull = await findIds(object, {
        filter: atLeaf(fieldCase, { is: 'NOT_NULL' }),
      });

      expect([...isNull].sort()).toEqual(
        await sqlIds(object, `${column} IS NULL`),
      );
      expect([...isNotNull].sort()).toEqual(
        await sqlIds(object, `${column} IS NOT NULL`),
      );
    });

    if (fieldCase.sortable) {
      it('find_records orderBy sorts as SQL does, nulls where asked, across pages', async () => {
        const nulls = await sqlIds(object, `${fieldCase.leaf.column} IS NULL`);

        for (const direction of ORDER_DIRECTIONS) {
          // Small pages, so cursors land on NULLs and on ties.
          const found = await findIds(
            object,
            { orderBy: [atLeaf(fieldCase, direction)] },
            13,
          );
          const { rows } = await pg.query<{ id: string }>(
            `SELECT "id" FROM ${table(object)} WHERE "deletedAt" IS NULL ORDER BY ${fieldCase.leaf.column} ${toSqlOrder(direction)}, "id" ASC`,
          );

          expect({ direction, ids: found }).toEqual({
            direction,
            ids: rows.map((row) => row.id),
          });

          if (nulls.length > 0) {
            const edge = direction.endsWith('NullsFirst')
              ? found.slice(0, nulls.length)
              : found.slice(-nulls.length);

            expect([...edge].sort()).toEqual(nulls);
          }
        }
      });
    } else {
      it('find_records refuses to sort by it, naming what can be sorted', async () => {
        const message = await callToolError(admin, 'find_records', {
          object,
          orderBy: [atLeaf(fieldCase, 'AscNullsFirst')],
        });
        const sortable = message
          .split('Fields you can sort by: ')[1]
          ?.split(', ');

        expect(sortable).toEqual(expect.arrayContaining(['name', 'createdAt']));
        expect(sortable).not.toContain(field);
      });
    }

    it('refuses invalid values with an actionable message and writes nothing', async () => {
      const rowsBefore = await countRows(object);
      const recordBefore = await getRecord(object, id);

      for (const { value: invalid, message } of value(fieldCase.invalid)) {
        expect(
          await callToolError(admin, 'create_records', {
            object,
            records: [withName({}), withName({ [field]: invalid })],
          }),
        ).toMatch(message);
        expect(
          await callToolError(admin, 'update_records', {
            object,
            records: [{ id, [field]: invalid }],
          }),
        ).toMatch(message);
      }

      expect(await countRows(object)).toBe(rowsBefore);
      expect(await getRecord(object, id)).toEqual(recordBefore);
    });
  });
};
