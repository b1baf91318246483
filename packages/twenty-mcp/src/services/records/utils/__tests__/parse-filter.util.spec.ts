import { TwentyMcpExceptionCode } from '../../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { buildQueryTestContext } from '../../../../../test/services/records/utils/build-query-test-context.util';
import {
  catchQueryError,
  expectQueryError,
} from '../../../../../test/services/records/utils/expect-query-error.util';
import { parseFilter } from '../parse-filter.util';

const context = buildQueryTestContext({
  role: ({ fieldId }) => ({
    fieldRestrictions: {
      [fieldId('person', 'jobTitle')]: {
        canReadFieldValue: false,
        canUpdateFieldValue: false,
      },
    },
  }),
});
const person = context.target('person');
const opportunity = context.target('opportunity');
const subscription = context.target('subscription');
const supportTicket = context.target('supportTicket');
const COMPANY_ID = '3f9b0ec1-85c4-511a-8963-16e5b63bae40';

const invalid = (
  target: typeof person,
  filter: unknown,
  message: string | RegExp,
) =>
  expectQueryError(
    () => parseFilter(target, filter),
    TwentyMcpExceptionCode.INVALID_ARGUMENT,
    message,
  );

describe('parseFilter', () => {
  describe('valid filters', () => {
    it('should return null when there is nothing to filter on', () => {
      expect(parseFilter(person, undefined)).toBeNull();
      expect(parseFilter(person, {})).toBeNull();
      expect(parseFilter(person, { and: [] })).toBeNull();
    });

    it('should parse the record-format.md example', () => {
      expect(
        parseFilter(opportunity, {
          and: [
            { stage: { in: ['PROPOSAL', 'MEETING'] } },
            { amount: { amount: { gt: 50000 } } },
            { closeDate: { lte: '2026-12-31T23:59:59Z' } },
            {
              or: [
                { name: { ilike: '%renewal%' } },
                { not: { companyId: { is: 'NULL' } } },
              ],
            },
          ],
        }),
      ).toEqual({
        kind: 'and',
        children: [
          {
            kind: 'condition',
            field: 'stage',
            subField: null,
            operator: 'in',
            value: ['PROPOSAL', 'MEETING'],
          },
          // Currency amounts become micros, as strings.
          {
            kind: 'condition',
            field: 'amount',
            subField: 'amount',
            operator: 'gt',
            value: '50000000000',
          },
          {
            kind: 'condition',
            field: 'closeDate',
            subField: null,
            operator: 'lte',
            value: '2026-12-31T23:59:59Z',
          },
          {
            kind: 'or',
            children: [
              {
                kind: 'condition',
                field: 'name',
                subField: null,
                operator: 'ilike',
                value: '%renewal%',
              },
              {
                kind: 'not',
                child: {
                  kind: 'condition',
                  field: 'company',
                  subField: null,
                  operator: 'is',
                  value: 'NULL',
                },
              },
            ],
          },
        ],
      });
    });

    it('should AND several keys and several operators', () => {
      expect(
        parseFilter(subscription, {
          seats: { gte: 10, lt: 20 },
          autoRenew: { eq: true },
        }),
      ).toEqual({
        kind: 'and',
        children: [
          {
            kind: 'condition',
            field: 'seats',
            subField: null,
            operator: 'gte',
            value: 10,
          },
          {
            kind: 'condition',
            field: 'seats',
            subField: null,
            operator: 'lt',
            value: 20,
          },
          {
            kind: 'condition',
            field: 'autoRenew',
            subField: null,
            operator: 'eq',
            value: true,
          },
        ],
      });
    });

    it('should read composite sub-fields one level down', () => {
      expect(
        parseFilter(person, { name: { lastName: { eq: 'Chen' } } }),
      ).toEqual({
        kind: 'condition',
        field: 'name',
        subField: 'lastName',
        operator: 'eq',
        value: 'Chen',
      });
    });

    it('should filter relations and morph relations by join column, lower-casing uuids', () => {
      expect(
        parseFilter(supportTicket, {
          aboutCompanyId: { eq: COMPANY_ID.toUpperCase() },
        }),
      ).toEqual({
        kind: 'condition',
        field: 'aboutCompany',
        subField: null,
        operator: 'eq',
        value: COMPANY_ID,
      });
    });

    it('should apply rich-text filters to the markdown, with or without `markdown`', () => {
      const direct = parseFilter(subscription, {
        terms: { ilike: '%net 30%' },
      });

      expect(direct).toEqual({
        kind: 'condition',
        field: 'terms',
        subField: null,
        operator: 'ilike',
        value: '%net 30%',
      });
      expect(
        parseFilter(subscription, {
          terms: { markdown: { ilike: '%net 30%' } },
        }),
      ).toEqual(direct);
    });

    it('should accept array, multi-select, json, numeric, date and rating operators', () => {
      expect(
        parseFilter(subscription, {
          tags: { containsIlike: '%risk%', isEmptyArray: false },
          addOns: { containsAny: ['SSO'] },
          externalMetadata: { is: 'NOT_NULL' },
          usageUnits: { gt: '1000.5' },
          startsOn: { gte: '2026-01-01' },
          healthScore: { gte: 'RATING_3' },
          billingAddress: { addressLat: { lt: 45.5 } },
        }),
      ).toMatchSnapshot();
    });
  });

  describe('invalid filters', () => {
    it('should report an unknown field with the fields that can be used', async () => {
      const error = await catchQueryError(() =>
        parseFilter(person, { salary: { gt: 1 } }),
      );

      expect(error.code).toBe(TwentyMcpExceptionCode.INVALID_ARGUMENT);
      expect(error.message).toMatch(
        /^Unknown field "salary" on person\. Fields you can filter by: name, emails, linkedinLink, /,
      );
      expect(error.message).toContain('companyId');
      expect(error.message).not.toContain('jobTitle');
    });

    it('should report an unreadable field exactly like a missing one', async () => {
      const unreadable = await catchQueryError(() =>
        parseFilter(person, { jobTitle: { eq: 'CEO' } }),
      );
      const missing = await catchQueryError(() =>
        parseFilter(person, { nothing: { eq: 'CEO' } }),
      );

      expect(unreadable.code).toBe(missing.code);
      expect(unreadable.message).toBe(
        missing.message.replace('"nothing"', '"jobTitle"'),
      );
      expect(unreadable.message).not.toMatch(/jobTitle.*jobTitle/);
    });

    it('should not accept relation field names or one-to-many relations', async () => {
      await invalid(
        person,
        { company: { eq: COMPANY_ID } },
        /^Unknown field "company" on person/,
      );
      await invalid(
        context.target('company'),
        { people: { is: 'NULL' } },
        /^Unknown field "people" on company/,
      );
    });

    it('should ask for a sub-field of a composite field', async () => {
      await invalid(
        person,
        { name: { eq: 'Chen' } },
        'Unknown sub-field "eq" of "name". Sub-fields you can filter by: firstName, lastName',
      );
      await invalid(
        person,
        { name: 'Chen' },
        '"name" is a composite field; name one of its sub-fields you can filter by: firstName, lastName',
      );
    });

    it('should read keys under a plain field as operators', async () => {
      await invalid(
        opportunity,
        { stage: { value: { eq: 'NEW' } } },
        'Operator "value" is not available on "stage". Operators: eq, neq, in, is',
      );
    });

    it('should list the operators of the type', async () => {
      await invalid(
        opportunity,
        { stage: { like: 'NEW%' } },
        'Operator "like" is not available on "stage". Operators: eq, neq, in, is',
      );
      await invalid(
        subscription,
        { externalMetadata: { eq: '{}' } },
        'Operator "eq" is not available on "externalMetadata". Operators: is',
      );
      await invalid(opportunity, { name: {} }, /needs an operator object/);
    });

    it.each([
      [
        { stage: { eq: 'WON' } },
        'Filter "stage" eq must be one of: NEW, SCREENING, MEETING, PROPOSAL, CUSTOMER',
      ],
      [
        { stage: { in: ['NEW', 'LOST'] } },
        'Each value of Filter "stage" in must be one of: NEW, SCREENING, MEETING, PROPOSAL, CUSTOMER',
      ],
      [{ stage: { in: 'NEW' } }, 'Filter "stage" in must be an array'],
      [
        { closeDate: { gt: 'next week' } },
        /closeDate" gt must be an ISO 8601 date-time/,
      ],
      [
        { amount: { amount: { gt: 'lots' } } },
        /amount\.amount" gt must be an amount in currency units/,
      ],
      [{ amount: { amount: { gt: 0.0000001 } } }, /more than 6 decimal places/],
      [
        { companyId: { eq: 'not-a-uuid' } },
        'Filter "companyId" eq must be a uuid',
      ],
      [{ name: { eq: 42 } }, 'Filter "name" eq must be a string'],
      [
        { name: { eq: null } },
        'Filter "name" eq cannot be null; use { "is": "NULL" }',
      ],
      [
        { name: { is: 'EMPTY' } },
        'Filter "name" is takes "NULL" or "NOT_NULL"',
      ],
    ])('should reject %j on opportunity', async (filter, message) => {
      await invalid(opportunity, filter, message);
    });

    it.each([
      [{ seats: { gt: '10' } }, 'Filter "seats" gt must be a number'],
      [
        { usageUnits: { gt: '1,5' } },
        /usageUnits" gt must be a number or a decimal string/,
      ],
      [
        { startsOn: { eq: '2026-02-30' } },
        'Filter "startsOn" eq must be a date "YYYY-MM-DD"',
      ],
      [
        { autoRenew: { eq: 'yes' } },
        'Filter "autoRenew" eq must be true or false',
      ],
      [
        { healthScore: { gt: 'RATING_6' } },
        /one of: RATING_1, RATING_2, RATING_3, RATING_4, RATING_5/,
      ],
      [
        { addOns: { containsAny: ['SSO', 'VIP'] } },
        /one of: SSO, AUDIT_LOG, PRIORITY_SUPPORT, SANDBOX, API_ACCESS/,
      ],
      [
        { tags: { isEmptyArray: 'yes' } },
        'Filter "tags" isEmptyArray takes true or false',
      ],
      [
        { tags: { containsIlike: ['a'] } },
        'Filter "tags" containsIlike must be a string',
      ],
    ])('should reject %j on subscription', async (filter, message) => {
      await invalid(subscription, filter, message);
    });

    it('should reject malformed logic', async () => {
      await invalid(
        person,
        { and: { name: {} } },
        '"and" takes an array of filters',
      );
      await invalid(
        person,
        { or: [] },
        '"or" needs at least one non-empty filter',
      );
      await invalid(person, { not: {} }, '"not" needs a non-empty filter');
      await invalid(person, [], /A filter is an object/);
      await invalid(person, { and: ['x'] }, /A filter is an object/);
    });
  });

  describe('limits', () => {
    it('should allow 8 levels and refuse 9', async () => {
      const nest = (levels: number): unknown =>
        levels === 1 ? { city: { eq: 'Paris' } } : { not: nest(levels - 1) };

      expect(parseFilter(person, nest(8))).not.toBeNull();
      await expectQueryError(
        () => parseFilter(person, nest(9)),
        TwentyMcpExceptionCode.LIMIT_EXCEEDED,
        'Filters nest at most 8 levels deep',
      );
    });

    it('should allow 50 conditions and refuse 51', async () => {
      const conditions = (count: number) => ({
        or: Array.from({ length: count }, (_, index) => ({
          city: { eq: `c${index}` },
        })),
      });

      expect(parseFilter(person, conditions(50))).not.toBeNull();
      await expectQueryError(
        () => parseFilter(person, conditions(51)),
        TwentyMcpExceptionCode.LIMIT_EXCEEDED,
        'Filters have at most 50 conditions',
      );
    });

    it('should allow 200 values per `in` and refuse 201', async () => {
      const values = (count: number) =>
        Array.from({ length: count }, (_, index) => `v${index}`);

      expect(parseFilter(person, { city: { in: values(200) } })).not.toBeNull();
      await expectQueryError(
        () => parseFilter(person, { city: { in: values(201) } }),
        TwentyMcpExceptionCode.LIMIT_EXCEEDED,
        'Filter "city" in has 201 values; at most 200 are allowed',
      );
    });
  });
});
