import { TwentyMcpExceptionCode } from '../../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { buildQueryTestContext } from '../../../../../test/services/records/utils/build-query-test-context.util';
import { expectQueryError } from '../../../../../test/services/records/utils/expect-query-error.util';
import { type AggregateRequest } from '../../types/aggregate-request.type';
import { prepareAggregate } from '../prepare-aggregate.util';

const context = buildQueryTestContext();
const prepare = (
  request: Partial<AggregateRequest>,
  objectName = 'opportunity',
) =>
  prepareAggregate({
    workspace: context.workspace,
    ...context.target(objectName),
    ...request,
  });
const invalid = (
  request: Partial<AggregateRequest>,
  message: string | RegExp,
  objectName?: string,
) =>
  expectQueryError(
    () => prepare(request, objectName),
    TwentyMcpExceptionCode.INVALID_ARGUMENT,
    message,
  );

describe('prepareAggregate', () => {
  it('should count records when no metric is given', () => {
    expect(prepare({}).metrics).toMatchObject([
      { op: 'COUNT', label: 'COUNT' },
    ]);
  });

  it('should label groups and metrics, defaulting dates to DAY and currencies to their amount', () => {
    const prepared = prepare({
      groupBy: [
        { field: 'closeDate' },
        { field: 'amount', subField: 'currencyCode' },
      ],
      metrics: [
        { op: 'SUM', field: 'amount' },
        { op: 'AVG', field: 'amount', subField: 'amount' },
        { op: 'PERCENTAGE_EMPTY', field: 'name' },
        { op: 'COUNT_UNIQUE', field: 'companyId' },
      ],
      timeZone: 'America/New_York',
    });

    expect(prepared.groupBy.map((group) => group.label)).toEqual([
      'closeDate:DAY',
      'amount.currencyCode',
    ]);
    // Which stored value each metric reads: the field and, for a
    // composite, Twenty's property.
    expect(
      prepared.metrics.map((metric) => [
        metric.label,
        metric.leaf?.field.name,
        metric.leaf?.property,
        metric.leaf?.isRelation,
      ]),
    ).toEqual([
      ['SUM(amount)', 'amount', 'amountMicros', false],
      ['AVG(amount.amount)', 'amount', 'amountMicros', false],
      ['PERCENTAGE_EMPTY(name)', 'name', null, false],
      ['COUNT_UNIQUE(companyId)', 'company', null, true],
    ]);
    expect(prepared.timeZone).toBe('America/New_York');
    expect(prepared.limit).toBe(100);
  });

  it('should allow emptiness of a whole composite field', () => {
    expect(
      prepare({ metrics: [{ op: 'COUNT_EMPTY', field: 'emails' }] }, 'person')
        .metrics[0],
    ).toMatchObject({
      field: { name: 'emails' },
      leaf: null,
    });
  });

  it.each([
    [
      {
        groupBy: [
          { field: 'stage' },
          { field: 'name' },
          { field: 'companyId' },
        ],
      },
      TwentyMcpExceptionCode.LIMIT_EXCEEDED,
      'groupBy takes at most 2 fields',
    ],
    [
      { limit: 101 },
      TwentyMcpExceptionCode.LIMIT_EXCEEDED,
      'limit is at most 100',
    ],
    [
      { metrics: Array.from({ length: 11 }, () => ({ op: 'COUNT' })) },
      TwentyMcpExceptionCode.LIMIT_EXCEEDED,
      'At most 10 metrics per call',
    ],
  ])('should enforce limits: %j', async (request, code, message) => {
    await expectQueryError(() => prepare(request), code, message);
  });

  it.each([
    [
      { groupBy: [{ field: 'stage', granularity: 'MONTH' }] },
      'granularity applies to dates only, not to "stage"',
    ],
    [
      { groupBy: [{ field: 'closeDate', granularity: 'HOUR' }] },
      'Unknown granularity "HOUR" for "closeDate". Use one of: DAY, WEEK, MONTH, QUARTER, YEAR, DAY_OF_WEEK, MONTH_OF_YEAR',
    ],
    [
      { groupBy: [{ field: 'amount' }] },
      '"amount" is a composite field; name one of its sub-fields you can group by: currencyCode',
    ],
    [{ groupBy: 'stage' }, /groupBy must be an array of objects/],
    [{ groupBy: [{ subField: 'x' }] }, 'Each groupBy item needs a "field"'],
    [
      { timeZone: 'Mars/Olympus' },
      'timeZone must be an IANA time zone such as "UTC" or "Europe/Paris"',
    ],
    [{ timeZone: "UTC'; --" }, /timeZone must be an IANA time zone/],
    [
      { metrics: [{ op: 'MEDIAN', field: 'amount' }] },
      /^Unknown metric op "MEDIAN"\. Use one of: COUNT, SUM, AVG/,
    ],
    [
      { metrics: [{ op: 'COUNT', field: 'name' }] },
      /COUNT counts records and takes no field/,
    ],
    [{ metrics: [{ op: 'SUM' }] }, 'SUM needs a field'],
    [
      { metrics: [{ op: 'SUM', field: 'name' }] },
      /^Unknown field "name" on opportunity\. Fields you can sum or average: amount$/,
    ],
    [
      { metrics: [{ op: 'COUNT_TRUE', field: 'stage' }] },
      /Fields you can count true \/ false of: none/,
    ],
    [
      { metrics: [{ op: 'COUNT' }, { op: 'COUNT' }] },
      'The same group or metric is asked for twice',
    ],
    [
      {
        groupBy: [{ field: 'stage' }],
        orderBy: [{ group: 1, direction: 'ASC' }],
      },
      'orderBy group must be an index from 0 to 0 (there are 1 groups)',
    ],
    [
      { orderBy: [{ metric: 0, direction: 'down' }] },
      'orderBy direction is "ASC" or "DESC"',
    ],
    [
      { orderBy: [{ metric: 0, group: 0, direction: 'ASC' }] },
      /names either a group or a metric/,
    ],
  ])('should reject %j', async (request, message) => {
    await invalid(request as Partial<AggregateRequest>, message);
  });
});
