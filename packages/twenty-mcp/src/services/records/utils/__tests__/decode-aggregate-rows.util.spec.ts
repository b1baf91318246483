import { buildQueryTestContext } from '../../../../../test/services/records/utils/build-query-test-context.util';
import { prepareAggregate } from '../prepare-aggregate.util';
import { decodeAggregateRows } from '../decode-aggregate-rows.util';

const context = buildQueryTestContext();

describe('decodeAggregateRows', () => {
  it('should label groups, convert micros to units and counts to numbers', () => {
    const query = prepareAggregate({
      workspace: context.workspace,
      ...context.target('opportunity'),
      groupBy: [
        { field: 'closeDate', granularity: 'QUARTER' },
        { field: 'amount', subField: 'currencyCode' },
      ],
      metrics: [
        { op: 'COUNT' },
        { op: 'SUM', field: 'amount' },
        { op: 'PERCENTAGE_NOT_EMPTY', field: 'name' },
        { op: 'MAX', field: 'closeDate' },
      ],
      limit: 1,
    });

    expect(
      decodeAggregateRows(
        [
          {
            groups: ['2026-10-01', 'EUR'],
            metrics: [
              '14',
              '2940100000000',
              '100.0000',
              '2026-12-30T00:00:00.000Z',
            ],
          },
          { groups: ['2026-10-01', 'USD'], metrics: ['1', null, null, null] },
        ],
        query,
      ),
    ).toEqual({
      groups: [
        {
          key: {
            'closeDate:QUARTER': '2026-10-01',
            'amount.currencyCode': 'EUR',
          },
          values: {
            COUNT: 14,
            'SUM(amount)': 2940100,
            'PERCENTAGE_NOT_EMPTY(name)': 100,
            'MAX(closeDate)': '2026-12-30T00:00:00.000Z',
          },
        },
      ],
      hasMoreGroups: true,
    });
  });
});
