import { buildQueryTestContext } from '../../../../../test/services/records/utils/build-query-test-context.util';
import { type QueryShape } from '../../../../domain/query-usage/types/query-shape.type';
import { describeQueryShape } from '../describe-query-shape.util';
import { planIndex } from '../plan-index.util';
import { renderCreateIndexStatement } from '../render-create-index-statement.util';

const context = buildQueryTestContext();
const opportunity = context.object('opportunity');
const NONE = new Set<string>();
const shape = (overrides: Partial<QueryShape>): QueryShape => ({
  kind: 'find',
  deleted: 'exclude',
  orderBy: [{ field: 'id', subField: null, direction: 'AscNullsLast' }],
  groupBy: [],
  filters: [],
  search: false,
  ...overrides,
});
const ordered = shape({
  orderBy: [
    { field: 'amount', subField: 'amount', direction: 'DescNullsLast' },
    { field: 'closeDate', subField: null, direction: 'AscNullsFirst' },
    { field: 'id', subField: null, direction: 'AscNullsLast' },
  ],
  filters: [
    { field: 'company', subField: null, operatorClass: 'equality' },
    { field: 'name', subField: null, operatorClass: 'textMatch' },
    { field: 'stage', subField: null, operatorClass: 'equality' },
  ],
});

describe('planIndex / renderCreateIndexStatement / describeQueryShape', () => {
  it('should put equality columns first, then the order exactly as it compiles, partial on not deleted', () => {
    const plan = planIndex(ordered, opportunity, NONE)!;

    expect(
      renderCreateIndexStatement('workspace_x', 'opportunity', plan),
    ).toMatch(
      /^CREATE INDEX CONCURRENTLY IF NOT EXISTS "IDX_mcp_[0-9a-f]{16}" ON "workspace_x"\."opportunity" \("companyId" ASC NULLS LAST, "stage" ASC NULLS LAST, "amountAmountMicros" DESC NULLS LAST, "closeDate" ASC NULLS FIRST, "id" ASC NULLS LAST\) WHERE "deletedAt" IS NULL;$/,
    );
    expect(plan.notes).toEqual([
      'name: a text match (like, ilike, starts/ends with) cannot use a btree index',
    ]);
    expect(describeQueryShape(ordered)).toBe(
      'order by amount.amount desc nulls last, closeDate asc nulls first, id asc nulls last; filter company =, name text match, stage =',
    );
  });

  it('should name the same definition the same way and another one differently, within 63 characters', () => {
    const statement = (value: QueryShape) =>
      renderCreateIndexStatement(
        'workspace_x',
        'opportunity',
        planIndex(value, opportunity, NONE)!,
      );
    const name = (value: QueryShape) =>
      /"(IDX_mcp_[0-9a-f]+)"/.exec(statement(value))![1];

    expect(name(ordered)).toBe(name({ ...ordered }));
    expect(name(ordered)).not.toBe(name({ ...ordered, deleted: 'include' }));
    expect(name(ordered).length).toBeLessThanOrEqual(63);
    expect(statement({ ...ordered, deleted: 'include' })).not.toContain(
      'WHERE',
    );
  });

  it('should not repeat an equality column the order also names', () => {
    const plan = planIndex(
      shape({
        orderBy: [
          { field: 'stage', subField: null, direction: 'DescNullsFirst' },
          { field: 'id', subField: null, direction: 'AscNullsLast' },
        ],
        filters: [
          { field: 'stage', subField: null, operatorClass: 'equality' },
        ],
      }),
      opportunity,
      NONE,
    )!;

    expect(plan.columns.map(({ column, role }) => [column, role])).toEqual([
      ['stage', 'equality'],
      ['id', 'order'],
    ]);
  });

  it('should index an aggregate by its plain dimensions, not its date buckets', () => {
    const plan = planIndex(
      shape({
        kind: 'aggregate',
        orderBy: [],
        groupBy: [
          { field: 'stage', subField: null, granularity: null },
          { field: 'closeDate', subField: null, granularity: 'MONTH' },
        ],
      }),
      opportunity,
      NONE,
    )!;

    expect(plan.columns.map(({ column }) => column)).toEqual(['stage']);
    expect(plan.notes).toEqual([
      'closeDate:MONTH: a date bucket is computed per row, no plain index orders it',
    ]);
  });

  it('should lead an aggregate with no dimension with its range column, and have nothing for text only', () => {
    const aggregate = (filters: QueryShape['filters']) =>
      planIndex(
        shape({ kind: 'aggregate', orderBy: [], filters }),
        opportunity,
        NONE,
      )!.columns.map(({ column }) => column);

    expect(
      aggregate([
        { field: 'closeDate', subField: null, operatorClass: 'range' },
      ]),
    ).toEqual(['closeDate']);
    expect(
      aggregate([
        { field: 'name', subField: null, operatorClass: 'textMatch' },
      ]),
    ).toEqual([]);
  });

  it('should skip a shape whose field no longer exists or is hidden', () => {
    expect(
      planIndex(
        shape({
          filters: [
            { field: 'gone', subField: null, operatorClass: 'equality' },
          ],
        }),
        opportunity,
        NONE,
      ),
    ).toBeNull();
    expect(
      planIndex(
        ordered,
        opportunity,
        new Set([context.fieldId('opportunity', 'amount')]),
      ),
    ).toBeNull();
    expect(
      planIndex(
        shape({
          orderBy: [
            { field: 'amount', subField: 'nope', direction: 'AscNullsLast' },
          ],
        }),
        opportunity,
        NONE,
      ),
    ).toBeNull();
  });
});
