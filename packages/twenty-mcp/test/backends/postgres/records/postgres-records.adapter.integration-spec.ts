import { randomUUID } from 'node:crypto';

import { PostgresRecordsAdapter } from '../../../../src/backends/postgres/records/services/postgres-records.adapter';
import { TwentyMcpException } from '../../../../src/domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../../../src/domain/exceptions/twenty-mcp-exception-code.enum';
import { type WriteActor } from '../../../../src/domain/records/types/write-actor.type';
import { prepareFind } from '../../../../src/services/records/utils/prepare-find.util';
import { resolveSelection } from '../../../../src/services/records/utils/resolve-selection.util';
import { buildQueryTestContext } from '../../../services/records/utils/build-query-test-context.util';
import { expectQueryError } from '../../../services/records/utils/expect-query-error.util';
import { useRecordsDatabase } from '../../../services/records/utils/use-records-database.util';

const ACTOR: WriteActor = {
  source: 'API',
  name: 'Back-end test',
  workspaceMemberId: null,
};

// What only the Postgres back-end does, below RecordsService: cursor
// values as exact text, search that never matches unreadable fields,
// transactions, and writes with nothing to do.
describe(PostgresRecordsAdapter.name, () => {
  const database = useRecordsDatabase();
  const table = () => `${database.schema}."_subscription"`;

  describe('findPage', () => {
    beforeAll(async () => {
      // Microseconds a JS Date would lose, and NULLs.
      await database.sql(
        `UPDATE ${table()} SET "renewsAt" = CASE WHEN position::int % 4 = 0 THEN NULL
           ELSE '2027-01-01 10:00:00.123456+00'::timestamptz + (position::int % 3) * interval '1 microsecond' END`,
      );
    });

    it('should return each record’s sort values as exact text, id last, and know whether more follow', async () => {
      const { workspace, permissions, target } = database.context;
      const expected = await database.sql(
        `SELECT id, to_char("renewsAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "renewsAt"
           FROM ${table()} WHERE "deletedAt" IS NULL ORDER BY "renewsAt" DESC NULLS LAST, id`,
      );
      const page = (limit: number) =>
        database.adapter.findPage(
          workspace,
          prepareFind({
            workspace,
            permissions,
            ...target('subscription'),
            orderBy: [{ renewsAt: 'DescNullsLast' }],
            fields: ['renewsAt'],
            limit,
          }).query,
        );
      const all = await page(expected.length);

      expect(all.hasNextPage).toBe(false);
      expect(all.cursors).toEqual(
        expected.map((row) => [row.renewsAt, row.id]),
      );
      expect(all.cursors[0][0]).toMatch(/^2027-01-01T10:00:00\.12345[678]Z$/);
      expect(all.records.map(({ id }) => id)).toEqual(
        expected.map((row) => row.id),
      );
      // Stored records carry ISO text (milliseconds), never a Date.
      expect(all.records[0].renewsAt).toBe('2027-01-01T10:00:00.123Z');
      expect((await page(expected.length - 1)).hasNextPage).toBe(true);
    });
  });

  describe('search', () => {
    it('should never match a record by a field the caller cannot read', async () => {
      const [row] = await database.sql(
        `SELECT id, "emailsPrimaryEmail" AS email FROM ${database.schema}.person
          WHERE "deletedAt" IS NULL AND "emailsPrimaryEmail" LIKE '%@%' ORDER BY position LIMIT 1`,
      );
      const restricted = buildQueryTestContext({
        schemaName: database.context.workspace.schemaName,
        role: ({ fieldId }) => ({
          fieldRestrictions: {
            [fieldId('person', 'emails')]: {
              canReadFieldValue: false,
              canUpdateFieldValue: false,
            },
          },
        }),
      });
      const search = async (context: typeof restricted) =>
        (
          await database.adapter.search(context.workspace, {
            targets: [context.target('person')],
            text: String(row.email),
            limit: 50,
          })
        ).map(({ id }) => id);

      expect(await search(database.context)).toContain(row.id);
      expect(await search(restricted)).toEqual([]);
    });
  });

  describe('transaction', () => {
    const subscription = () => database.context.target('subscription');
    const returning = () =>
      resolveSelection({
        workspace: database.context.workspace,
        ...subscription(),
        fields: ['name'],
      });

    it('should roll back everything written when the work throws, and rethrow', async () => {
      const name = `rolled back ${randomUUID()}`;
      const failure = new TwentyMcpException(
        'The request was cancelled; nothing was written.',
        TwentyMcpExceptionCode.CANCELLED,
      );

      await expect(
        database.adapter.transaction(
          database.context.workspace,
          async (writer) => {
            await writer.insert(subscription(), [{ name }], ACTOR, returning());

            throw failure;
          },
        ),
      ).rejects.toBe(failure);
      expect(
        await database.sql(`SELECT id FROM ${table()} WHERE name = $1`, [name]),
      ).toEqual([]);
    });

    it('should rethrow what the work itself throws as it is, not as a database failure', async () => {
      const name = `rolled back ${randomUUID()}`;
      const failure = new Error('the client went away');

      await expect(
        database.adapter.transaction(
          database.context.workspace,
          async (writer) => {
            await writer.insert(subscription(), [{ name }], ACTOR, returning());

            throw failure;
          },
        ),
      ).rejects.toBe(failure);
      expect(
        await database.sql(`SELECT id FROM ${table()} WHERE name = $1`, [name]),
      ).toEqual([]);
    });

    it('should do nothing for empty writes and report ids it did not change', async () => {
      const unknown = randomUUID();

      expect(
        await database.adapter.transaction(
          database.context.workspace,
          async (writer) => ({
            inserted: await writer.insert(
              subscription(),
              [],
              ACTOR,
              returning(),
            ),
            trashed: await writer.softDelete(subscription(), [], ACTOR),
            restored: await writer.restore(subscription(), []),
            destroyed: await writer.destroy(subscription(), [unknown]),
            updated: await writer.update(
              subscription(),
              unknown,
              { name: 'x' },
              ACTOR,
              returning(),
            ),
          }),
        ),
      ).toEqual({
        inserted: [],
        trashed: [],
        restored: [],
        destroyed: [],
        updated: null,
      });
    });

    it('should stamp a soft delete with the actor, when given one', async () => {
      const [created] = await database.adapter.transaction(
        database.context.workspace,
        (writer) =>
          writer.insert(
            subscription(),
            [{ name: 'stamped' }],
            ACTOR,
            returning(),
          ),
      );
      const trashed = await database.adapter.transaction(
        database.context.workspace,
        (writer) =>
          writer.softDelete(subscription(), [created.id], {
            ...ACTOR,
            name: 'Trasher',
          }),
      );
      const [row] = await database.sql(
        `SELECT "deletedAt", "updatedByName" FROM ${table()} WHERE id = $1`,
        [created.id],
      );

      expect(trashed).toEqual([created.id]);
      expect(row.deletedAt).toBeInstanceOf(Date);
      expect(row.updatedByName).toBe('Trasher');
    });

    it('should report a failure of PostgreSQL as a TwentyMcpException without its SQL', async () => {
      await expectQueryError(
        () =>
          database.adapter.transaction(database.context.workspace, (writer) =>
            writer.insert(
              subscription(),
              [{ companyId: 'not a uuid' }],
              ACTOR,
              returning(),
            ),
          ),
        TwentyMcpExceptionCode.INTERNAL_ERROR,
        'The database could not complete this request; nothing was changed.',
      );
    });
  });
});
