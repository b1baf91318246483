import { buildDestroyQuery } from '../../src/backends/postgres/records/sql/build-destroy-query.util';
import { buildFindByIdsQuery } from '../../src/backends/postgres/records/sql/build-find-by-ids-query.util';
import { buildInsertQuery } from '../../src/backends/postgres/records/sql/build-insert-query.util';
import { buildRestoreQuery } from '../../src/backends/postgres/records/sql/build-restore-query.util';
import { buildSoftDeleteQuery } from '../../src/backends/postgres/records/sql/build-soft-delete-query.util';
import { buildUpdateQuery } from '../../src/backends/postgres/records/sql/build-update-query.util';
import { type DeletedMode } from '../../src/domain/records/types/deleted-mode.type';
import { type WriteActor } from '../../src/domain/records/types/write-actor.type';
import { decodeRecordRow } from '../../src/backends/postgres/records/utils/decode-record-row.util';
import { encodeRecordInput } from '../../src/services/records/utils/encode-record-input.util';
import { resolveSelection } from '../../src/services/records/utils/resolve-selection.util';
import {
  PERSON_INPUT,
  SUBSCRIPTION_INPUT,
} from './utils/full-record-inputs.const';
import { useQueryDatabase } from './utils/use-query-database.util';

const ACTOR: WriteActor = {
  source: 'API',
  name: 'Integration key',
  workspaceMemberId: null,
};
const API_ACTOR = {
  source: 'API',
  name: 'Integration key',
  workspaceMemberId: null,
};
const INJECTION = "'); DROP TABLE person; --";

// Writes through the builders, read back through the builders and checked
// against the raw columns.
describe('writes on PostgreSQL', () => {
  const database = useQueryDatabase();
  let companyId: string;

  beforeAll(async () => {
    [{ id: companyId }] = (await database.sql(
      `SELECT id FROM ${database.schema}.company WHERE "deletedAt" IS NULL ORDER BY position LIMIT 1`,
    )) as { id: string }[];
  });

  const helpers = (objectName: string) => {
    const { workspace, target } = database.context;
    const queryTarget = target(objectName);
    const schemaName = workspace.schemaName;
    const returning = resolveSelection({
      workspace,
      ...queryTarget,
      deleted: 'include',
    });
    const decode = (rows: Record<string, unknown>[]) =>
      rows.map((row) => decodeRecordRow(returning.fields, row));

    return {
      create: async (inputs: Record<string, unknown>[]) =>
        decode(
          await database.run(
            buildInsertQuery({
              schemaName,
              ...queryTarget,
              records: await Promise.all(
                inputs.map((input) =>
                  encodeRecordInput({ ...queryTarget, input, mode: 'create' }),
                ),
              ),
              actor: ACTOR,
              returning,
            }),
          ),
        ),
      update: async (ids: string[], input: Record<string, unknown>) =>
        decode(
          await database.run(
            buildUpdateQuery({
              schemaName,
              ...queryTarget,
              ids,
              record: await encodeRecordInput({
                ...queryTarget,
                input,
                mode: 'update',
              }),
              actor: ACTOR,
              returning,
            }),
          ),
        ),
      get: async (id: string, deleted: DeletedMode = 'exclude') =>
        decode(
          await database.run(
            buildFindByIdsQuery({
              schemaName,
              ...queryTarget,
              ids: [id],
              selection: returning,
              deleted,
            }),
          ),
        )[0],
      ids: (kind: 'soft' | 'restore' | 'destroy', ids: string[]) => {
        const builder = {
          soft: buildSoftDeleteQuery,
          restore: buildRestoreQuery,
          destroy: buildDestroyQuery,
        }[kind];

        return database
          .run(builder({ schemaName, object: queryTarget.object, ids }))
          .then((rows) => rows.map((row) => row.id));
      },
    };
  };

  describe('subscription (every field type)', () => {
    const subscriptions = () => helpers('subscription');

    it('should create with every field type and read the same values back', async () => {
      const input = { ...SUBSCRIPTION_INPUT, companyId };
      const [created] = await subscriptions().create([input]);

      expect(created).toEqual({
        ...input,
        id: expect.any(String),
        contracts: [],
        createdBy: API_ACTOR,
        updatedBy: API_ACTOR,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        deletedAt: null,
      });
      expect(await subscriptions().get(created.id)).toEqual(created);

      const [raw] = await database.sql(
        `SELECT "monthlyRecurringRevenueAmountMicros"::text AS micros, "termsBlocknote", "addOns"::text[] AS "addOns"
         FROM ${database.schema}."_subscription" WHERE id = $1`,
        [created.id],
      );

      expect(raw.micros).toBe('1250500000');
      expect(
        JSON.parse(String(raw.termsBlocknote)).map(
          (block: { type: string }) => block.type,
        ),
      ).toEqual(['heading', 'bulletListItem', 'checkListItem']);
    });

    it('should round trip nulls and defaults', async () => {
      const [created] = await subscriptions().create([
        {
          name: null,
          seats: null,
          usageUnits: null,
          terms: null,
          externalMetadata: null,
          tags: null,
          addOns: null,
        },
      ]);

      expect(created).toMatchObject({
        name: null,
        plan: 'STARTER',
        autoRenew: true,
        seats: null,
        usageUnits: null,
        terms: null,
        externalMetadata: null,
        tags: [],
        addOns: [],
        monthlyRecurringRevenue: { amount: null, currencyCode: null },
      });
    });

    it('should update every field type', async () => {
      const [created] = await subscriptions().create([
        { ...SUBSCRIPTION_INPUT, companyId },
      ]);
      const changes = {
        name: 'Renamed',
        plan: 'GROWTH',
        addOns: ['AUDIT_LOG'],
        seats: 7,
        discountRate: 0.2,
        usageUnits: '-0.000001',
        monthlyRecurringRevenue: { amount: 0.29, currencyCode: 'GBP' },
        startsOn: '2024-02-29',
        renewsAt: '2028-01-01T00:00:00+09:00',
        autoRenew: true,
        billingAccountId: null,
        healthScore: 'RATING_1',
        billingContact: { firstName: 'Ann', lastName: 'Lee' },
        billingEmails: { primaryEmail: 'ann@lee.test', additionalEmails: [] },
        billingPhones: {
          primaryPhoneNumber: null,
          primaryPhoneCountryCode: null,
          primaryPhoneCallingCode: null,
          additionalPhones: [],
        },
        billingAddress: {
          addressCity: 'Lyon',
          addressLat: -45.123456,
          addressLng: 0,
        },
        portalLinks: {
          primaryLinkUrl: 'https://new.test',
          primaryLinkLabel: null,
          secondaryLinks: [],
        },
        terms: 'Plain *terms*',
        tags: [],
        externalMetadata: [1, 'two', null],
        companyId: null,
      };
      const [updated] = await subscriptions().update([created.id], changes);

      expect(updated).toEqual({
        ...created,
        ...changes,
        renewsAt: '2027-12-31T15:00:00.000Z',
        billingAddress: {
          ...(created.billingAddress as Record<string, unknown>),
          addressCity: 'Lyon',
          addressLat: -45.123456,
          addressLng: 0,
        },
        updatedAt: expect.any(String),
      });
      expect(Date.parse(String(updated.updatedAt))).toBeGreaterThan(
        Date.parse(String(created.updatedAt)),
      );
    });

    it('should update composite sub-fields one by one, keeping the others', async () => {
      const [created] = await subscriptions().create([
        { ...SUBSCRIPTION_INPUT },
      ]);
      const [updated] = await subscriptions().update([created.id], {
        billingContact: { lastName: 'Smith' },
        monthlyRecurringRevenue: { amount: 10 },
        billingAddress: { addressLat: 1.5 },
      });

      expect(updated.billingContact).toEqual({
        firstName: 'Zoë',
        lastName: 'Smith',
      });
      expect(updated.monthlyRecurringRevenue).toEqual({
        amount: 10,
        currencyCode: 'EUR',
      });
      expect(updated.billingAddress).toEqual({
        ...SUBSCRIPTION_INPUT.billingAddress,
        addressLat: 1.5,
      });
    });

    it('should put new records on top, in the order given', async () => {
      const [{ min }] = await database.sql(
        `SELECT min(position) AS min FROM ${database.schema}."_subscription"`,
      );
      const created = await subscriptions().create([
        { name: 'first' },
        { name: 'second' },
      ]);
      const positions = await database.sql(
        `SELECT id, position FROM ${database.schema}."_subscription" WHERE id = ANY($1::uuid[])`,
        [created.map((record) => record.id)],
      );
      const positionOf = (id: string) =>
        Number(positions.find((row) => row.id === id)?.position);

      expect(positionOf(created[0].id)).toBe(Number(min) - 1);
      expect(positionOf(created[1].id)).toBe(Number(min) - 2);

      const [later] = await subscriptions().create([{ name: 'later' }]);

      expect(positionOf(created[1].id) - 1).toBe(
        Number(
          (
            await database.sql(
              `SELECT position FROM ${database.schema}."_subscription" WHERE id = $1`,
              [later.id],
            )
          )[0].position,
        ),
      );
    });

    it('should soft delete, restore and destroy', async () => {
      const [created] = await subscriptions().create([{ name: 'short-lived' }]);

      expect(await subscriptions().ids('soft', [created.id])).toEqual([
        created.id,
      ]);
      expect(await subscriptions().ids('soft', [created.id])).toEqual([]);
      expect(await subscriptions().get(created.id)).toBeUndefined();
      expect(
        (await subscriptions().get(created.id, 'only'))?.deletedAt,
      ).toEqual(expect.any(String));
      // Trashed records are not updated.
      expect(
        await subscriptions().update([created.id], { name: 'ghost' }),
      ).toEqual([]);

      expect(await subscriptions().ids('restore', [created.id])).toEqual([
        created.id,
      ]);
      expect(await subscriptions().ids('restore', [created.id])).toEqual([]);
      expect((await subscriptions().get(created.id))?.deletedAt).toBeNull();

      expect(await subscriptions().ids('destroy', [created.id])).toEqual([
        created.id,
      ]);
      expect(await subscriptions().get(created.id, 'include')).toBeUndefined();
    });
  });

  describe('person', () => {
    const persons = () => helpers('person');

    it('should create, update and read a person', async () => {
      const [created] = await persons().create([
        { ...PERSON_INPUT, companyId },
      ]);

      expect(created).toMatchObject({
        ...PERSON_INPUT,
        companyId,
        createdBy: API_ACTOR,
        avatarFile: [],
      });

      const [updated] = await persons().update([created.id], {
        name: { lastName: 'Berg' },
        emails: { additionalEmails: ['x@y.test'] },
        city: 'Oslo',
      });

      expect(updated).toMatchObject({
        name: { firstName: 'Ådne', lastName: 'Berg' },
        emails: {
          primaryEmail: 'adne@fjord.test',
          additionalEmails: ['x@y.test'],
        },
        city: 'Oslo',
        updatedBy: API_ACTOR,
      });
      expect(await persons().get(created.id)).toEqual(updated);
    });

    it('should keep SQL injection attempts as plain data', async () => {
      const [created] = await persons().create([
        {
          name: {
            firstName: INJECTION,
            lastName: 'x"; DELETE FROM company; --',
          },
          city: INJECTION,
        },
      ]);
      const page = await database.find('person', {
        filter: { city: { eq: INJECTION } },
        fields: ['name', 'city'],
      });

      expect(page.records).toEqual([
        {
          id: created.id,
          name: {
            firstName: INJECTION,
            lastName: 'x"; DELETE FROM company; --',
          },
          city: INJECTION,
        },
      ]);

      const [{ persons: personCount, companies }] = await database.sql(
        `SELECT (SELECT count(*)::int FROM ${database.schema}.person) AS persons, (SELECT count(*)::int FROM ${database.schema}.company) AS companies`,
      );

      expect(personCount).toBeGreaterThan(1);
      expect(companies).toBeGreaterThan(1);
    });
  });
});
