import { buildQueryTestContext } from '../../../../../../test/services/records/utils/build-query-test-context.util';
import { type OrderDirection } from '../../../../../domain/records/types/order-direction.type';
import { buildKeysetPredicate } from '../build-keyset-predicate.util';
import { createParamCollector } from '../create-param-collector.util';
import { parseOrderBy } from '../../../../../services/records/utils/parse-order-by.util';

const context = buildQueryTestContext();
const subscription = context.target('subscription');
const ID = '5c4af49e-3ca2-5db7-923a-bb8c488e831a';

const predicate = (orderBy: unknown, values: (string | null)[]) => {
  const params = createParamCollector();
  const sql = buildKeysetPredicate(
    parseOrderBy(subscription, orderBy),
    values,
    {
      workspace: context.workspace,
      object: subscription.object,
      schemaName: 'ws',
      params,
    },
  );

  return { sql, params: params.params };
};

// `seats` is nullable; `id` is the NOT NULL tie-breaker.
describe('buildKeysetPredicate', () => {
  describe.each<[OrderDirection, string, string]>([
    // direction, after a value, after NULL
    [
      'AscNullsFirst',
      '("seats" > $1::double precision OR ("seats" = $1::double precision AND "id" > $2::uuid))',
      '("seats" IS NOT NULL OR ("seats" IS NULL AND "id" > $1::uuid))',
    ],
    [
      'AscNullsLast',
      '(("seats" > $1::double precision OR "seats" IS NULL) OR ("seats" = $1::double precision AND "id" > $2::uuid))',
      '(("seats" IS NULL AND "id" > $1::uuid))',
    ],
    [
      'DescNullsFirst',
      '("seats" < $1::double precision OR ("seats" = $1::double precision AND "id" > $2::uuid))',
      '("seats" IS NOT NULL OR ("seats" IS NULL AND "id" > $1::uuid))',
    ],
    [
      'DescNullsLast',
      '(("seats" < $1::double precision OR "seats" IS NULL) OR ("seats" = $1::double precision AND "id" > $2::uuid))',
      '(("seats" IS NULL AND "id" > $1::uuid))',
    ],
  ])('%s', (direction, afterValue, afterNull) => {
    it('should continue after a row with a value', () => {
      expect(predicate([{ seats: direction }], ['21', ID])).toEqual({
        sql: afterValue,
        params: ['21', ID],
      });
    });

    it('should continue after a row with NULL', () => {
      expect(predicate([{ seats: direction }], [null, ID])).toEqual({
        sql: afterNull,
        params: [ID],
      });
    });
  });

  it('should chain equalities for several keys, NULLs included', () => {
    expect(
      predicate(
        [{ plan: 'AscNullsLast' }, { seats: 'DescNullsFirst' }],
        ['GROWTH', null, ID],
      ),
    ).toEqual({
      sql:
        '("plan" > $1::"ws"."_subscription_plan_enum"' +
        ' OR ("plan" = $1::"ws"."_subscription_plan_enum" AND "seats" IS NOT NULL)' +
        ' OR ("plan" = $1::"ws"."_subscription_plan_enum" AND "seats" IS NULL AND "id" > $2::uuid))',
      params: ['GROWTH', ID],
    });
  });

  it('should compare descending ids with <', () => {
    expect(predicate([{ id: 'DescNullsLast' }], [ID])).toEqual({
      sql: '("id" < $1::uuid)',
      params: [ID],
    });
  });

  it('should keep IS NULL for nullable composite sub-columns', () => {
    expect(
      predicate(
        [{ billingContact: { lastName: 'AscNullsLast' } }],
        ["O'Brien", ID],
      ).sql,
    ).toBe(
      '(("billingContactLastName" > $1::text OR "billingContactLastName" IS NULL) OR ("billingContactLastName" = $1::text AND "id" > $2::uuid))',
    );
  });
});
