import { type CursorValues } from './cursor-values.type';
import { type RecordScope } from './record-scope.type';
import { type Selection } from './selection.type';
import { type SortKey } from './sort-key.type';

// A validated page request: which records, in which total order, from
// where, how many, with which fields and expansions.
export type FindQuery = RecordScope & {
  sortKeys: SortKey[];
  // Sort values of the last record of the previous page.
  after: CursorValues | null;
  limit: number;
  selection: Selection;
};
