import { TwentyMcpExceptionCode } from '../../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { buildQueryTestContext } from '../../../../../test/services/records/utils/build-query-test-context.util';
import { expectQueryError } from '../../../../../test/services/records/utils/expect-query-error.util';
import { compileOrderBy } from '../../../../backends/postgres/records/utils/compile-order-by.util';
import { parseOrderBy } from '../parse-order-by.util';
import { toOrderBySpec } from '../to-order-by-spec.util';

const context = buildQueryTestContext();
const restricted = buildQueryTestContext({
  role: ({ fieldId }) => ({
    fieldRestrictions: {
      [fieldId('opportunity', 'createdAt')]: {
        canReadFieldValue: false,
        canUpdateFieldValue: false,
      },
      [fieldId('opportunity', 'closeDate')]: {
        canReadFieldValue: false,
        canUpdateFieldValue: false,
      },
    },
  }),
});

describe('parseOrderBy', () => {
  const opportunity = context.target('opportunity');
  const person = context.target('person');

  it('should default to id alone, which the primary key serves', () => {
    const keys = parseOrderBy(opportunity, undefined);

    expect(toOrderBySpec(keys)).toEqual([
      { field: 'id', subField: null, direction: 'AscNullsLast' },
    ]);
    expect(compileOrderBy(keys)).toBe('"id" ASC NULLS LAST');
    expect(
      toOrderBySpec(parseOrderBy(restricted.target('opportunity'), [])),
    ).toEqual([{ field: 'id', subField: null, direction: 'AscNullsLast' }]);
  });

  it('should parse plain and composite keys and append id', () => {
    const keys = parseOrderBy(person, [
      { city: 'AscNullsFirst' },
      { name: { lastName: 'DescNullsFirst' } },
    ]);

    expect(compileOrderBy(keys)).toBe(
      '"city" ASC NULLS FIRST, "nameLastName" DESC NULLS FIRST, "id" ASC NULLS LAST',
    );
  });

  it('should not append id twice', () => {
    expect(
      compileOrderBy(parseOrderBy(person, [{ id: 'DescNullsLast' }])),
    ).toBe('"id" DESC NULLS LAST');
  });

  it('should accept a single object', () => {
    expect(
      compileOrderBy(
        parseOrderBy(opportunity, { amount: { amount: 'DescNullsLast' } }),
      ),
    ).toBe('"amountAmountMicros" DESC NULLS LAST, "id" ASC NULLS LAST');
  });

  it.each([
    [
      [{ externalMetadata: 'AscNullsLast' }],
      /^Unknown field "externalMetadata" on subscription\. Fields you can sort by: name, plan, seats/,
    ],
    [[{ tags: 'AscNullsLast' }], /^Unknown field "tags" on subscription/],
    [
      [{ companyId: 'AscNullsLast' }],
      /^Unknown field "companyId" on subscription/,
    ],
    [
      [{ name: 'Ascending' }],
      'Unknown sort direction for "name". Use one of: AscNullsFirst, AscNullsLast, DescNullsFirst, DescNullsLast',
    ],
    [[{ name: 'AscNullsLast', seats: 'AscNullsLast' }], /exactly one key/],
    [
      [{ billingEmails: { additionalEmails: 'AscNullsLast' } }],
      'Unknown sub-field "additionalEmails" of "billingEmails". Sub-fields you can sort by: primaryEmail',
    ],
    [
      [{ name: 'AscNullsLast' }, { name: 'DescNullsLast' }],
      'orderBy names the same field twice',
    ],
  ])('should reject %j', async (orderBy, message) => {
    await expectQueryError(
      () => parseOrderBy(context.target('subscription'), orderBy),
      TwentyMcpExceptionCode.INVALID_ARGUMENT,
      message,
    );
  });

  it('should not sort by unreadable fields', async () => {
    await expectQueryError(
      () =>
        parseOrderBy(restricted.target('opportunity'), [
          { closeDate: 'AscNullsLast' },
        ]),
      TwentyMcpExceptionCode.INVALID_ARGUMENT,
      /^Unknown field "closeDate" on opportunity\. Fields you can sort by: name, amount, stage, /,
    );
  });

  it('should cap the number of keys', async () => {
    await expectQueryError(
      () =>
        parseOrderBy(
          person,
          Array.from({ length: 6 }, () => ({ city: 'AscNullsLast' })),
        ),
      TwentyMcpExceptionCode.LIMIT_EXCEEDED,
      'orderBy takes at most 5 keys',
    );
  });
});
