import { TwentyMcpExceptionCode } from '../../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { buildQueryTestContext } from '../../../../../test/services/records/utils/build-query-test-context.util';
import {
  catchQueryError,
  expectQueryError,
} from '../../../../../test/services/records/utils/expect-query-error.util';
import { type QueryTarget } from '../../../../domain/records/types/query-target.type';
import { type WriteMode } from '../../types/write-mode.type';
import { encodeRecordInput } from '../encode-record-input.util';

const context = buildQueryTestContext({
  role: ({ fieldId }) => ({
    fieldRestrictions: {
      [fieldId('person', 'jobTitle')]: {
        canReadFieldValue: false,
        canUpdateFieldValue: false,
      },
      [fieldId('person', 'city')]: {
        canReadFieldValue: null,
        canUpdateFieldValue: false,
      },
    },
  }),
});
const person = context.target('person');
const subscription = context.target('subscription');

const encode = (
  target: QueryTarget,
  input: unknown,
  mode: WriteMode = 'update',
) => encodeRecordInput({ ...target, input, mode });
const invalid = (
  target: QueryTarget,
  input: unknown,
  message: string | RegExp,
  mode: WriteMode = 'update',
) =>
  expectQueryError(
    () => encode(target, input, mode),
    TwentyMcpExceptionCode.INVALID_ARGUMENT,
    message,
  );

describe('encodeRecordInput', () => {
  it('should set only the sub-fields an update names', async () => {
    expect(await encode(person, { name: { lastName: 'Smith' } })).toEqual({
      name: { lastName: 'Smith' },
    });
  });

  it('should clear every sub-field for a null composite', async () => {
    expect(
      await encode(subscription, { monthlyRecurringRevenue: null }),
    ).toEqual({
      monthlyRecurringRevenue: { amountMicros: null, currencyCode: null },
    });
  });

  it('should write rich text as markdown and BlockNote', async () => {
    const { terms } = (await encode(subscription, {
      terms: '**Net 30**',
    })) as { terms: Record<string, unknown> };

    expect(Object.keys(terms)).toEqual(['markdown', 'blocknote']);
    expect(terms.markdown).toBe('**Net 30**');
    expect(JSON.parse(String(terms.blocknote))).toEqual([
      expect.objectContaining({
        type: 'paragraph',
        content: [{ type: 'text', text: 'Net 30', styles: { bold: true } }],
      }),
    ]);
  });

  it('should keep duplicate tags but not duplicate options', async () => {
    expect(
      await encode(subscription, {
        tags: ['a', 'a'],
        addOns: ['SSO', 'SSO'],
      }),
    ).toEqual({ tags: ['a', 'a'], addOns: ['SSO'] });
  });

  it('should report unknown and unreadable fields alike, listing writable ones', async () => {
    const unreadable = await catchQueryError(() =>
      encode(person, { jobTitle: 'CEO' }),
    );
    const missing = await catchQueryError(() => encode(person, { salary: 1 }));

    expect(unreadable.code).toBe(TwentyMcpExceptionCode.INVALID_ARGUMENT);
    expect(unreadable.message).toBe(
      missing.message.replace('"salary"', '"jobTitle"'),
    );
    expect(missing.message).toBe(
      'Unknown field "salary" on person. Fields you can write: name, emails, linkedinLink, xLink, phones, avatarUrl, companyId',
    );
  });

  it.each([
    [
      { id: '5c4af49e-3ca2-5db7-923a-bb8c488e831a' },
      '"id" cannot be written: it is maintained by the server',
    ],
    [
      { createdAt: '2026-01-01' },
      '"createdAt" cannot be written: it is maintained by the server',
    ],
    [
      { createdBy: { name: 'me' } },
      '"createdBy" cannot be written: it is maintained by the server',
    ],
    [
      { deletedAt: null },
      '"deletedAt" cannot be written: it is maintained by the server',
    ],
    [
      { avatarFile: [] },
      '"avatarFile" cannot be written: files cannot be uploaded through this API',
    ],
    [
      { pointOfContactForOpportunities: [] },
      '"pointOfContactForOpportunities" cannot be written: it is a one-to-many relation; set "pointOfContactId" on the opportunity records instead',
    ],
    [{ city: 'Oslo' }, 'Your role may not change "city" on person'],
    [
      { company: '3f9b0ec1-85c4-511a-8963-16e5b63bae40' },
      '"company" is a relation: set "companyId" to the id of a company',
    ],
    [{ position: 1 }, /^Unknown field "position"/],
    [
      { name: { middleName: 'J' } },
      'Unknown sub-field "middleName" of "name". Use: firstName, lastName',
    ],
    [{ name: 'Ann' }, '"name" must be an object with: firstName, lastName'],
    [
      { emails: { additionalEmails: 'a@b.c' } },
      '"emails.additionalEmails" must be an array of strings',
    ],
    [
      { phones: { additionalPhones: [{ number: 1 }] } },
      '"phones.additionalPhones" must be an array of { number, countryCode, callingCode } objects with string values',
    ],
    [{ companyId: 'acme' }, '"companyId" must be a uuid'],
    ['not an object', 'A person record must be an object of field values'],
    [{}, 'Nothing to update: pass at least one field'],
  ])('should reject %j on person', async (input, message) => {
    await invalid(person, input, message);
  });

  it.each([
    [{ plan: null }, '"plan" cannot be null'],
    [
      { plan: 'FREE' },
      '"plan" must be one of: STARTER, GROWTH, SCALE, ENTERPRISE',
    ],
    [
      { addOns: 'SSO' },
      '"addOns" must be an array, each value one of: SSO, AUDIT_LOG, PRIORITY_SUPPORT, SANDBOX, API_ACCESS',
    ],
    [
      { addOns: ['VIP'] },
      'Each value of "addOns" must be one of: SSO, AUDIT_LOG, PRIORITY_SUPPORT, SANDBOX, API_ACCESS',
    ],
    [{ seats: 2.5 }, '"seats" must be an integer'],
    [{ seats: '3' }, '"seats" must be a number'],
    [{ discountRate: Number.NaN }, '"discountRate" must be a number'],
    [
      { usageUnits: 'many' },
      /"usageUnits" must be a number or a decimal string/,
    ],
    [{ startsOn: '2026-02-30' }, '"startsOn" must be a date "YYYY-MM-DD"'],
    [{ renewsAt: 'soon' }, /"renewsAt" must be an ISO 8601 date-time/],
    [{ autoRenew: 'yes' }, '"autoRenew" must be true or false'],
    [{ healthScore: 5 }, /"healthScore" must be one of: RATING_1/],
    [
      { monthlyRecurringRevenue: { amount: 1.0000001 } },
      '"monthlyRecurringRevenue.amount" has more than 6 decimal places',
    ],
    [
      { monthlyRecurringRevenue: { currencyCode: 'usd' } },
      '"monthlyRecurringRevenue.currencyCode" must be an ISO 4217 code such as "USD"',
    ],
    [
      { billingAddress: { addressLat: 'north' } },
      /"billingAddress.addressLat" must be a number or a decimal string/,
    ],
    [{ terms: { markdown: 'x' } }, '"terms" must be a markdown string'],
    [{ tags: [1] }, 'Each value of "tags" must be a string'],
    [
      { contracts: [] },
      '"contracts" cannot be written: files cannot be uploaded through this API',
    ],
  ])('should reject %j on subscription', async (input, message) => {
    await invalid(subscription, input, message);
  });

  it('should require non-nullable fields without default on create', async () => {
    await invalid(
      context.target('workspaceMember'),
      { locale: 'fr' },
      'Missing required field(s) to create a workspaceMember: name, userId',
      'create',
    );
    // plan and autoRenew are NOT NULL but have defaults.
    await expect(
      encode(subscription, { name: 'x' }, 'create'),
    ).resolves.toBeDefined();
  });
});
