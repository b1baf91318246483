import { type QueryShape } from '../../../domain/query-usage/types/query-shape.type';
import { type ShapeField } from '../../../domain/query-usage/types/shape-field.type';
import { type ObjectSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { type IndexPlan } from '../types/index-plan.type';
import { type PlannedIndexColumn } from '../types/planned-index-column.type';
import { describeShapeField } from './describe-shape-field.util';
import { resolveShapeColumn } from './resolve-shape-column.util';

const NOT_DELETED = '"deletedAt" IS NULL';

// The btree index that serves a shape: its equality-filtered columns
// first (any order), then the ORDER BY columns exactly as the query
// compiles them, direction and NULLS placement included, `id` last; for
// an aggregate the plain dimensions instead (or, with none, the first
// range-filtered column). Partial on "deletedAt" IS NULL when the shape
// leaves the trash out, as Twenty's reads do. Null when a field of the
// shape no longer exists or is hidden: the advice is then skipped.
export const planIndex = (
  shape: QueryShape,
  object: ObjectSchema,
  hiddenFieldIds: ReadonlySet<string>,
): IndexPlan | null => {
  const notes: string[] = [];
  const fields: ShapeField[] = [
    ...shape.orderBy,
    ...shape.groupBy,
    ...shape.filters,
  ];
  const columns = new Map(
    fields.map((field) => [
      describeShapeField(field),
      resolveShapeColumn(object, field, hiddenFieldIds),
    ]),
  );

  if ([...columns.values()].some((column) => column === null)) {
    return null;
  }

  const columnOf = (field: ShapeField) =>
    columns.get(describeShapeField(field)) as string;
  const planned: PlannedIndexColumn[] = [];
  const add = (column: PlannedIndexColumn) => {
    if (!planned.some((existing) => existing.column === column.column)) {
      planned.push(column);
    }
  };
  const ascending = { descending: false, nullsFirst: false };

  for (const filter of shape.filters) {
    if (filter.operatorClass === 'equality') {
      add({ column: columnOf(filter), role: 'equality', ...ascending });
    } else if (filter.operatorClass === 'textMatch') {
      notes.push(
        `${describeShapeField(filter)}: a text match (like, ilike, starts/ends with) cannot use a btree index`,
      );
    }
  }

  for (const key of shape.orderBy) {
    add({
      column: columnOf(key),
      role: 'order',
      descending: key.direction.startsWith('Desc'),
      nullsFirst: key.direction.endsWith('NullsFirst'),
    });
  }

  for (const key of shape.groupBy) {
    if (key.granularity) {
      notes.push(
        `${describeShapeField(key)}:${key.granularity}: a date bucket is computed per row, no plain index orders it`,
      );
    } else {
      add({ column: columnOf(key), role: 'group', ...ascending });
    }
  }

  const range = shape.filters.find(
    ({ operatorClass }) => operatorClass === 'range',
  );

  if (shape.kind === 'aggregate' && range && planned.length === 0) {
    add({ column: columnOf(range), role: 'group', ...ascending });
  }

  if (shape.search) {
    notes.push(
      "search: served by Twenty's full-text (GIN) index on searchVector",
    );
  }

  return {
    columns: planned,
    predicate: shape.deleted === 'exclude' ? NOT_DELETED : null,
    notes,
  };
};
