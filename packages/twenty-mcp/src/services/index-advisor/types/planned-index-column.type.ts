import { type IndexColumn } from '../../../domain/query-usage/types/index-column.type';

// A key column of a suggested index and why it is there: `equality`
// columns may come in any order and direction, `order` columns must match
// the ORDER BY (or all of it reversed), `group` columns any direction.
export type PlannedIndexColumn = IndexColumn & {
  column: string;
  role: 'equality' | 'order' | 'group';
};
