import { buildQueryTestContext } from '../../../../../../test/services/records/utils/build-query-test-context.util';
import { type QueryTarget } from '../../../../../domain/records/types/query-target.type';
import { compileFilter } from '../compile-filter.util';
import { createParamCollector } from '../create-param-collector.util';
import { parseFilter } from '../../../../../services/records/utils/parse-filter.util';

const context = buildQueryTestContext();

const compile = (target: QueryTarget, filter: unknown) => {
  const node = parseFilter(target, filter);
  const params = createParamCollector();

  if (!node) {
    throw new Error('empty filter');
  }

  return {
    sql: compileFilter(node, {
      workspace: context.workspace,
      object: target.object,
      schemaName: 'ws',
      params,
    }),
    params: params.params,
  };
};

describe('compileFilter', () => {
  const person = context.target('person');
  const opportunity = context.target('opportunity');
  const subscription = context.target('subscription');

  it('should compile text operators with parameters only', () => {
    expect(
      compile(person, {
        name: {
          firstName: {
            eq: 'Ann',
            neq: 'Bob',
            in: ['C', 'D'],
            like: 'A%',
            ilike: '%n',
          },
          lastName: { startsWith: '100%_x', endsWith: 'z\\', is: 'NOT_NULL' },
        },
      }),
    ).toEqual({
      sql:
        '("nameFirstName" = $1::text AND "nameFirstName" <> $2::text AND "nameFirstName" = ANY($3::text[])' +
        ' AND "nameFirstName" LIKE $4 AND "nameFirstName" ILIKE $5' +
        ' AND "nameLastName" LIKE $6 AND "nameLastName" LIKE $7 AND "nameLastName" IS NOT NULL)',
      params: ['Ann', 'Bob', ['C', 'D'], 'A%', '%n', '100\\%\\_x%', '%z\\\\'],
    });
  });

  it("should match a pattern on a JSON sub-field against the JSON's text", () => {
    const filter = {
      kind: 'condition',
      field: 'billingEmails',
      subField: 'additionalEmails',
      operator: 'ilike',
      value: '%"ann@example.com"%',
    } as const;
    const params = createParamCollector();

    expect(
      compileFilter(filter, {
        workspace: context.workspace,
        object: subscription.object,
        schemaName: 'ws',
        params,
      }),
    ).toBe('"billingEmailsAdditionalEmails"::text ILIKE $1');
    expect(params.params).toEqual(['%"ann@example.com"%']);
  });

  it('should cast enum values to the column enum type', () => {
    expect(
      compile(opportunity, { stage: { eq: 'NEW', in: ['MEETING'] } }),
    ).toEqual({
      sql: '("stage" = $1::"ws"."opportunity_stage_enum" AND "stage" = ANY($2::"ws"."opportunity_stage_enum"[]))',
      params: ['NEW', ['MEETING']],
    });
  });

  it('should compare currency amounts in micros', () => {
    expect(
      compile(opportunity, {
        amount: { amount: { gte: 1250.5 }, currencyCode: { eq: 'EUR' } },
      }),
    ).toEqual({
      sql: '("amountAmountMicros" >= $1::numeric AND "amountCurrencyCode" = $2::text)',
      params: ['1250500000', 'EUR'],
    });
  });

  it('should compare ratings by option order', () => {
    expect(
      compile(subscription, {
        healthScore: { gt: 'RATING_3', lte: 'RATING_2', eq: 'RATING_1' },
      }),
    ).toEqual({
      sql:
        '("healthScore" = ANY($1::"ws"."_subscription_healthScore_enum"[])' +
        ' AND "healthScore" = ANY($2::"ws"."_subscription_healthScore_enum"[])' +
        ' AND "healthScore" = $3::"ws"."_subscription_healthScore_enum")',
      params: [['RATING_4', 'RATING_5'], ['RATING_1', 'RATING_2'], 'RATING_1'],
    });
  });

  it('should compile multi-select and array operators', () => {
    expect(
      compile(subscription, {
        addOns: { containsAny: ['SSO', 'SANDBOX'], isEmptyArray: false },
        tags: {
          containsAny: ['vip'],
          containsIlike: '%risk%',
          isEmptyArray: true,
          is: 'NULL',
        },
      }),
    ).toEqual({
      sql:
        '("addOns" && $1::"ws"."_subscription_addOns_enum"[] AND cardinality("addOns") > 0' +
        ' AND "tags" && $2::text[]' +
        ' AND EXISTS (SELECT 1 FROM unnest("tags") AS "element" WHERE "element" ILIKE $3)' +
        ' AND ("tags" IS NULL OR cardinality("tags") = 0) AND "tags" IS NULL)',
      params: [['SSO', 'SANDBOX'], ['vip'], '%risk%'],
    });
  });

  it('should compile every ordered type with its cast', () => {
    expect(
      compile(subscription, {
        seats: { gt: 1 },
        usageUnits: { lt: '2.5' },
        startsOn: { gte: '2026-01-01' },
        renewsAt: { lte: '2027-01-01T00:00:00+01:00' },
        autoRenew: { neq: false },
        billingAccountId: { in: ['A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'] },
        billingAddress: { addressLng: { gt: -3 } },
        companyId: { is: 'NULL' },
      }),
    ).toMatchSnapshot();
  });

  it('should compile rich text on the markdown and logic with parentheses', () => {
    expect(
      compile(subscription, {
        or: [
          { terms: { ilike: '%net%' } },
          { not: { and: [{ name: { eq: 'a' } }, { plan: { neq: 'SCALE' } }] } },
        ],
      }),
    ).toEqual({
      sql: '("termsMarkdown" ILIKE $1 OR NOT (("name" = $2::text AND "plan" <> $3::"ws"."_subscription_plan_enum")))',
      params: ['%net%', 'a', 'SCALE'],
    });
  });

  it('should keep injection attempts in parameters', () => {
    const compiled = compile(person, {
      city: { eq: "'); DROP TABLE person; --" },
    });

    expect(compiled.sql).toBe('"city" = $1::text');
    expect(compiled.params).toEqual(["'); DROP TABLE person; --"]);
  });
});
