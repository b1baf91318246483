import { type TableIndex } from '../../../domain/query-usage/types/table-index.type';
import { type IndexPlan } from '../types/index-plan.type';
import { normalizeIndexPredicate } from './normalize-index-predicate.util';

// Whether the index's key columns at `offset…` are the plan's order and
// group columns: an order column in the same direction and NULLS
// placement, or every order column reversed (a backward scan); a group
// column in any direction.
const matchesOrderedColumns = (
  index: TableIndex,
  plan: IndexPlan,
  offset: number,
  reversed: boolean,
): boolean =>
  plan.columns.slice(offset).every((planned, position) => {
    const existing = index.columns[offset + position];

    return (
      existing.column === planned.column &&
      (planned.role !== 'order' ||
        ((existing.descending !== planned.descending) === reversed &&
          (existing.nullsFirst !== planned.nullsFirst) === reversed))
    );
  });

// A total index serves any shape; a partial one only if its predicate is
// the plan's (Twenty's own indexes are partial on "deletedAt" IS NULL).
const isPredicateCompatible = (index: TableIndex, plan: IndexPlan) =>
  index.predicate === null ||
  (plan.predicate !== null &&
    normalizeIndexPredicate(index.predicate) ===
      normalizeIndexPredicate(plan.predicate));

// The name of an existing valid btree index whose leading key columns are
// the plan's (equality columns as a set, then the rest in order), or null.
export const findServingIndex = (
  plan: IndexPlan,
  indexes: readonly TableIndex[],
): string | null => {
  const equality = new Set(
    plan.columns
      .filter(({ role }) => role === 'equality')
      .map(({ column }) => column),
  );
  const serving = indexes.find(
    (index) =>
      index.method === 'btree' &&
      index.isValid &&
      index.columns.length >= plan.columns.length &&
      isPredicateCompatible(index, plan) &&
      index.columns
        .slice(0, equality.size)
        .every(({ column }) => column !== null && equality.has(column)) &&
      (matchesOrderedColumns(index, plan, equality.size, false) ||
        matchesOrderedColumns(index, plan, equality.size, true)),
  );

  return serving?.indexName ?? null;
};
