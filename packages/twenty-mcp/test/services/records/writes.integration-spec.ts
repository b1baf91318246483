import { randomUUID } from 'node:crypto';

import { TwentyMcpExceptionCode } from '../../../src/domain/exceptions/twenty-mcp-exception-code.enum';
import { type DeletedMode } from '../../../src/domain/records/types/deleted-mode.type';
import { RecordsService } from '../../../src/services/records/records.service';
import { TEST_ACTOR_NAME } from './utils/build-query-test-context.util';
import { expectQueryError } from './utils/expect-query-error.util';
import {
  PERSON_INPUT,
  SUBSCRIPTION_INPUT,
} from './utils/full-record-inputs.const';
import { useRecordsDatabase } from './utils/use-records-database.util';

const API_ACTOR = {
  source: 'API',
  name: TEST_ACTOR_NAME,
  workspaceMemberId: null,
};
const INJECTION = "'); DROP TABLE person; --";

// Writes through RecordsService on the Postgres back-end, read back
// through it and checked against the raw columns.
describe(`${RecordsService.name}: writes on PostgreSQL`, () => {
  const database = useRecordsDatabase();
  let companyId: string;

  beforeAll(async () => {
    [{ id: companyId }] = (await database.sql(
      `SELECT id FROM ${database.schema}.company WHERE "deletedAt" IS NULL ORDER BY position LIMIT 1`,
    )) as { id: string }[];
  });

  const helpers = (objectName: string) => {
    const { records, context } = database;
    const { access } = context;

    return {
      create: (inputs: Record<string, unknown>[]) =>
        records.create(access, { objectName, records: inputs }),
      update: async (id: string, input: Record<string, unknown>) =>
        (
          await records.update(access, {
            objectName,
            records: [{ ...input, id }],
          })
        )[0],
      get: async (id: string, deleted: DeletedMode = 'exclude') =>
        (
          await records.getByIds(access, {
            objectName,
            ids: [id],
            deleted,
          })
        )[0],
      ids: (kind: 'soft' | 'restore' | 'destroy', ids: string[]) =>
        ({
          soft: records.softDelete.bind(records),
          restore: records.restore.bind(records),
          destroy: records.destroy.bind(records),
        })[kind](access, { objectName, ids }),
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
      });
      expect(await subscriptions().get(created.id)).toEqual(created);
      expect(await subscriptions().get(created.id, 'include')).toEqual({
        ...created,
        deletedAt: null,
      });

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
      const updated = await subscriptions().update(created.id, changes);

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
      expect(await subscriptions().get(created.id)).toEqual(updated);
    });

    it('should update composite sub-fields one by one, keeping the others', async () => {
      const [created] = await subscriptions().create([
        { ...SUBSCRIPTION_INPUT },
      ]);
      const updated = await subscriptions().update(created.id, {
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

    it('should apply updates of the same record in order', async () => {
      const [created] = await subscriptions().create([{ name: 'v0' }]);
      const updated = await database.records.update(database.context.access, {
        objectName: 'subscription',
        records: [
          { id: created.id, name: 'v1', seats: 1 },
          { id: created.id, name: 'v2' },
        ],
      });

      expect(updated.map(({ name, seats }) => ({ name, seats }))).toEqual([
        { name: 'v1', seats: 1 },
        { name: 'v2', seats: 1 },
      ]);
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

      expect(created.map(({ name }) => name)).toEqual(['first', 'second']);
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

    it('should write a batch in chunks with progress, all or nothing', async () => {
      const countRows = async () =>
        Number(
          (
            await database.sql(
              `SELECT count(*)::int AS count FROM ${database.schema}."_subscription"`,
            )
          )[0].count,
        );
      const before = await countRows();
      const progress: [number, number][] = [];
      const created = await database.records.create(database.context.access, {
        objectName: 'subscription',
        records: Array.from({ length: 25 }, (_, index) => ({
          name: `batch ${index}`,
        })),
        onProgress: async (written, total) => {
          progress.push([written, total]);
        },
      });

      expect(created.map(({ name }) => name)).toEqual(
        Array.from({ length: 25 }, (_, index) => `batch ${index}`),
      );
      expect(progress).toEqual([
        [10, 25],
        [20, 25],
        [25, 25],
      ]);
      expect(await countRows()).toBe(before + 25);

      // A failure in a later chunk rolls back the chunks already written.
      await expectQueryError(
        () =>
          subscriptions().create([
            ...Array.from({ length: 12 }, () => ({ name: 'rolled back' })),
            { name: 'bad company', companyId: randomUUID() },
          ]),
        TwentyMcpExceptionCode.INVALID_ARGUMENT,
        /^"companyId" is .*, but no company has that id; pass the id of an existing record\. Nothing was written\.$/,
      );

      const controller = new AbortController();

      await expectQueryError(
        () =>
          database.records.create(database.context.access, {
            objectName: 'subscription',
            records: Array.from({ length: 15 }, () => ({ name: 'cancelled' })),
            signal: controller.signal,
            onProgress: async () => controller.abort(),
          }),
        TwentyMcpExceptionCode.CANCELLED,
        'The request was cancelled; nothing was written.',
      );
      expect(await countRows()).toBe(before + 25);
    });

    it('should refuse oversized batches before writing', async () => {
      await expectQueryError(
        () =>
          subscriptions().create(
            Array.from({ length: 51 }, () => ({ name: 'too many' })),
          ),
        TwentyMcpExceptionCode.LIMIT_EXCEEDED,
        'At most 50 records per call; split the batch.',
      );
      await expectQueryError(
        () => subscriptions().update(randomUUID(), {}),
        TwentyMcpExceptionCode.INVALID_ARGUMENT,
        'records[0]: Nothing to update: pass at least one field',
      );
      expect(await subscriptions().create([])).toEqual([]);
    });

    it('should soft delete, restore and destroy', async () => {
      const [created] = await subscriptions().create([{ name: 'short-lived' }]);

      expect(
        await subscriptions().ids('soft', [
          created.id,
          created.id.toUpperCase(),
        ]),
      ).toEqual([created.id]);
      expect(await subscriptions().ids('soft', [created.id])).toEqual([]);
      expect(await subscriptions().get(created.id)).toBeUndefined();
      expect(
        (await subscriptions().get(created.id, 'only'))?.deletedAt,
      ).toEqual(expect.any(String));
      // Trashed records are not updated.
      await expectQueryError(
        () => subscriptions().update(created.id, { name: 'ghost' }),
        TwentyMcpExceptionCode.NOT_FOUND,
        `No subscription with id ${created.id} (deleted records must be restored first). Nothing was updated.`,
      );
      expect((await subscriptions().get(created.id, 'only'))?.name).toBe(
        'short-lived',
      );

      expect(await subscriptions().ids('restore', [created.id])).toEqual([
        created.id,
      ]);
      expect(await subscriptions().ids('restore', [created.id])).toEqual([]);
      expect(
        (await subscriptions().get(created.id, 'include'))?.deletedAt,
      ).toBeNull();

      expect(await subscriptions().ids('destroy', [created.id])).toEqual([
        created.id,
      ]);
      expect(await subscriptions().get(created.id, 'include')).toBeUndefined();
      expect(
        await database.sql(
          `SELECT id FROM ${database.schema}."_subscription" WHERE id = $1`,
          [created.id],
        ),
      ).toEqual([]);
    });

    it('should validate ids before changing anything', async () => {
      await expectQueryError(
        () => subscriptions().ids('soft', []),
        TwentyMcpExceptionCode.INVALID_ARGUMENT,
        'Pass at least one id',
      );
      await expectQueryError(
        () => subscriptions().ids('destroy', ["1' OR '1'='1"]),
        TwentyMcpExceptionCode.INVALID_ARGUMENT,
        `"1' OR '1'='1" is not a record id (uuid)`,
      );
      await expectQueryError(
        () => subscriptions().get("1' OR '1'='1"),
        TwentyMcpExceptionCode.INVALID_ARGUMENT,
        `"1' OR '1'='1" is not a record id (uuid)`,
      );
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

      const updated = await persons().update(created.id, {
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

    it('should report a unique value already taken as a conflict, writing nothing', async () => {
      const [{ email }] = await database.sql(
        `SELECT "emailsPrimaryEmail" AS email FROM ${database.schema}.person WHERE "deletedAt" IS NULL AND "emailsPrimaryEmail" LIKE '%@%' LIMIT 1`,
      );
      const [{ count: before }] = await database.sql(
        `SELECT count(*)::int AS count FROM ${database.schema}.person`,
      );

      await expectQueryError(
        () =>
          persons().create([
            { city: 'first of the batch' },
            { emails: { primaryEmail: email } },
          ]),
        TwentyMcpExceptionCode.CONFLICT,
        `Another person already has emails.primaryEmail = ${String(email)}, which must be unique; use a different value or update that person. Nothing was written.`,
      );
      expect(
        (
          await database.sql(
            `SELECT count(*)::int AS count FROM ${database.schema}.person`,
          )
        )[0].count,
      ).toBe(before);
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
