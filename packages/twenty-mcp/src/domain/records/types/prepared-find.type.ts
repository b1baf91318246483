import { type CursorValues } from './cursor-values.type';
import { type DeletedMode } from './deleted-mode.type';
import { type FilterNode } from './filter-node.type';
import { type QueryTarget } from './query-target.type';
import { type Selection } from './selection.type';
import { type SortKey } from './sort-key.type';

// A validated find: everything the SQL builders and the decoder need.
export type PreparedFind = QueryTarget & {
  schemaName: string;
  filter: FilterNode | null;
  // The tsquery text built from the caller's words.
  searchQuery: string | null;
  sortKeys: SortKey[];
  sortHash: string;
  after: CursorValues | null;
  limit: number;
  selection: Selection;
  includeTotalCount: boolean;
  deleted: DeletedMode;
};
