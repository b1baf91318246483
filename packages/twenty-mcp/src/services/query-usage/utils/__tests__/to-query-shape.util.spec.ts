import { buildQueryTestContext } from '../../../../../test/services/records/utils/build-query-test-context.util';
import { prepareAggregate } from '../../../records/utils/prepare-aggregate.util';
import { prepareFind } from '../../../records/utils/prepare-find.util';
import { hashQueryShape } from '../hash-query-shape.util';
import { toAggregateShape } from '../to-aggregate-shape.util';
import { toFindShape } from '../to-find-shape.util';

const context = buildQueryTestContext();
const find = (request: Record<string, unknown>) =>
  toFindShape(
    prepareFind({
      workspace: context.workspace,
      ...context.target('opportunity'),
      ...request,
    }).query,
  );

describe('toFindShape / toAggregateShape', () => {
  it('should keep the order as it runs, id tie-breaker included, and no values', () => {
    const shape = find({
      orderBy: [{ amount: { amount: 'DescNullsLast' } }],
      filter: {
        and: [
          { stage: { eq: 'MEETING' } },
          { name: { ilike: '%acme%' } },
          { closeDate: { gte: '2026-01-01' } },
        ],
      },
    });

    expect(shape).toEqual({
      kind: 'find',
      deleted: 'exclude',
      orderBy: [
        { field: 'amount', subField: 'amount', direction: 'DescNullsLast' },
        { field: 'id', subField: null, direction: 'AscNullsLast' },
      ],
      groupBy: [],
      filters: [
        { field: 'closeDate', subField: null, operatorClass: 'range' },
        { field: 'name', subField: null, operatorClass: 'textMatch' },
        { field: 'stage', subField: null, operatorClass: 'equality' },
      ],
      search: false,
    });
    expect(JSON.stringify(shape)).not.toContain('MEETING');
  });

  it('should class conditions under or / not as other, since no index can lead with them', () => {
    const shape = find({
      filter: {
        or: [{ stage: { eq: 'MEETING' } }, { stage: { eq: 'PROPOSAL' } }],
      },
      deleted: 'include',
    });

    expect(shape.filters).toEqual([
      { field: 'stage', subField: null, operatorClass: 'other' },
    ]);
    expect(shape.deleted).toBe('include');
  });

  it('should give the same shape, and key, to the same filter written in another order', () => {
    const first = find({
      filter: { stage: { eq: 'NEW' }, closeDate: { lt: '2026-01-01' } },
    });
    const second = find({
      filter: { closeDate: { gt: '2025-01-01' }, stage: { in: ['MEETING'] } },
    });

    expect(hashQueryShape(JSON.stringify(first))).toBe(
      hashQueryShape(JSON.stringify(second)),
    );
    expect(hashQueryShape(JSON.stringify(first))).toMatch(/^[0-9a-f]{16}$/);
  });

  it('should record an aggregate by its dimensions and filter', () => {
    const shape = toAggregateShape(
      prepareAggregate({
        workspace: context.workspace,
        ...context.target('opportunity'),
        groupBy: [{ field: 'stage' }, { field: 'closeDate' }],
        metrics: [{ op: 'SUM', field: 'amount' }],
        filter: { amount: { amount: { gt: 1000 } } },
      }),
    );

    expect(shape).toEqual({
      kind: 'aggregate',
      deleted: 'exclude',
      orderBy: [],
      groupBy: [
        { field: 'stage', subField: null, granularity: null },
        { field: 'closeDate', subField: null, granularity: 'DAY' },
      ],
      filters: [
        { field: 'amount', subField: 'amount', operatorClass: 'range' },
      ],
      search: false,
    });
  });
});
