import { type TableIndex } from '../../../../domain/query-usage/types/table-index.type';
import { type IndexPlan } from '../../types/index-plan.type';
import { findServingIndex } from '../find-serving-index.util';

const plan: IndexPlan = {
  columns: [
    {
      column: 'companyId',
      role: 'equality',
      descending: false,
      nullsFirst: false,
    },
    { column: 'stage', role: 'equality', descending: false, nullsFirst: false },
    { column: 'createdAt', role: 'order', descending: true, nullsFirst: false },
    { column: 'id', role: 'order', descending: false, nullsFirst: false },
  ],
  predicate: '"deletedAt" IS NULL',
  notes: [],
};
const index = (overrides: Partial<TableIndex>): TableIndex => ({
  tableName: 'opportunity',
  indexName: 'candidate',
  method: 'btree',
  isValid: true,
  predicate: '("deletedAt" IS NULL)',
  columns: [
    { column: 'stage', descending: true, nullsFirst: true },
    { column: 'companyId', descending: false, nullsFirst: false },
    { column: 'createdAt', descending: true, nullsFirst: false },
    { column: 'id', descending: false, nullsFirst: false },
    { column: 'name', descending: false, nullsFirst: false },
  ],
  ...overrides,
});
const reversed = index({}).columns.map((column, position) =>
  position < 2
    ? column
    : {
        ...column,
        descending: !column.descending,
        nullsFirst: !column.nullsFirst,
      },
);

describe('findServingIndex', () => {
  it('should accept equality columns in any order and direction, then the order, with more columns after', () => {
    expect(findServingIndex(plan, [index({})])).toBe('candidate');
  });

  it('should accept the whole order reversed (a backward scan) and a total index', () => {
    expect(findServingIndex(plan, [index({ columns: reversed })])).toBe(
      'candidate',
    );
    expect(findServingIndex(plan, [index({ predicate: null })])).toBe(
      'candidate',
    );
  });

  it('should refuse another NULLS placement, a half-reversed order, another predicate, an invalid or non-btree index', () => {
    const columns = index({}).columns;
    const nullsFirst = columns.map((column) =>
      column.column === 'createdAt' ? { ...column, nullsFirst: true } : column,
    );
    const halfReversed = reversed.map((column) =>
      column.column === 'id'
        ? { ...column, descending: false, nullsFirst: false }
        : column,
    );

    expect(findServingIndex(plan, [index({ columns: nullsFirst })])).toBeNull();
    expect(
      findServingIndex(plan, [index({ columns: halfReversed })]),
    ).toBeNull();
    expect(
      findServingIndex(plan, [
        index({ predicate: '("deletedAt" IS NOT NULL)' }),
      ]),
    ).toBeNull();
    expect(
      findServingIndex({ ...plan, predicate: null }, [index({})]),
    ).toBeNull();
    expect(findServingIndex(plan, [index({ isValid: false })])).toBeNull();
    expect(findServingIndex(plan, [index({ method: 'gin' })])).toBeNull();
  });

  it('should refuse an index that only starts the plan, or an expression where a column is needed', () => {
    expect(
      findServingIndex(plan, [
        index({ columns: index({}).columns.slice(0, 3) }),
      ]),
    ).toBeNull();
    expect(
      findServingIndex(plan, [
        index({
          columns: [
            { column: null, descending: false, nullsFirst: false },
            ...index({}).columns.slice(1),
          ],
        }),
      ]),
    ).toBeNull();
  });

  it('should find the primary key serving the default order by id', () => {
    expect(
      findServingIndex(
        {
          columns: [
            {
              column: 'id',
              role: 'order',
              descending: false,
              nullsFirst: false,
            },
          ],
          predicate: '"deletedAt" IS NULL',
          notes: [],
        },
        [
          index({
            indexName: 'PK_opportunity',
            predicate: null,
            columns: [{ column: 'id', descending: false, nullsFirst: false }],
          }),
        ],
      ),
    ).toBe('PK_opportunity');
  });
});
