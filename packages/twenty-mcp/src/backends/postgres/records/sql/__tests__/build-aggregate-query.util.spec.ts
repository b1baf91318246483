import { buildQueryTestContext } from '../../../../../../test/services/records/utils/build-query-test-context.util';
import { type AggregateRequest } from '../../../../../services/records/types/aggregate-request.type';
import { prepareAggregate } from '../../../../../services/records/utils/prepare-aggregate.util';
import { decodeAggregateRows } from '../../utils/decode-aggregate-rows.util';
import { buildAggregateQuery } from '../build-aggregate-query.util';

const context = buildQueryTestContext();
const prepare = (objectName: string, request: Partial<AggregateRequest>) =>
  prepareAggregate({
    workspace: context.workspace,
    ...context.target(objectName),
    ...request,
  });

describe('buildAggregateQuery', () => {
  it('should count opportunities by stage', () => {
    expect(
      buildAggregateQuery(
        context.workspace,
        prepare('opportunity', { groupBy: [{ field: 'stage' }] }),
      ),
    ).toMatchSnapshot();
  });

  it('should sum amounts by currency and month in a time zone', () => {
    expect(
      buildAggregateQuery(
        context.workspace,
        prepare('opportunity', {
          groupBy: [
            { field: 'closeDate', granularity: 'MONTH' },
            { field: 'amount', subField: 'currencyCode' },
          ],
          metrics: [
            { op: 'SUM', field: 'amount' },
            { op: 'AVG', field: 'amount' },
            { op: 'COUNT' },
          ],
          timeZone: 'Europe/Paris',
          orderBy: [{ metric: 0, direction: 'DESC' }],
          filter: { stage: { neq: 'NEW' } },
          limit: 24,
        }),
      ),
    ).toMatchSnapshot();
  });

  it('should compute every metric without groups', () => {
    expect(
      buildAggregateQuery(
        context.workspace,
        prepare('subscription', {
          metrics: [
            { op: 'COUNT' },
            { op: 'SUM', field: 'usageUnits' },
            { op: 'MIN', field: 'startsOn' },
            { op: 'MAX', field: 'renewsAt' },
            { op: 'COUNT_UNIQUE', field: 'plan' },
            { op: 'COUNT_EMPTY', field: 'tags' },
            { op: 'COUNT_NOT_EMPTY', field: 'billingContact' },
            { op: 'PERCENTAGE_EMPTY', field: 'externalMetadata' },
            { op: 'PERCENTAGE_NOT_EMPTY', field: 'monthlyRecurringRevenue' },
            { op: 'COUNT_TRUE', field: 'autoRenew' },
          ],
        }),
      ),
    ).toMatchSnapshot();
  });

  it('should bucket DATE columns and cyclic parts without a time zone parameter', () => {
    expect(
      buildAggregateQuery(
        context.workspace,
        prepare('subscription', {
          groupBy: [
            { field: 'startsOn', granularity: 'DAY_OF_WEEK' },
            { field: 'companyId' },
          ],
          metrics: [{ op: 'COUNT_FALSE', field: 'autoRenew' }],
        }),
      ),
    ).toMatchSnapshot();
  });
});

describe('decodeAggregateRows', () => {
  it('should read dimensions and metrics in query order, dates as ISO text', () => {
    const prepared = prepare('opportunity', {
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
            group0: '2026-10-01',
            group1: 'EUR',
            metric0: '14',
            metric1: '2940100000000',
            metric2: '100.0000',
            metric3: new Date('2026-12-30T00:00:00Z'),
          },
          {
            group0: '2026-10-01',
            group1: 'USD',
            metric0: '1',
            metric1: null,
            metric2: null,
          },
        ],
        prepared,
      ),
    ).toEqual([
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
    ]);
  });
});
