import { type DeletedMode } from './deleted-mode.type';
import { type FilterNode } from './filter-node.type';
import { type QueryTarget } from './query-target.type';

// Which records a find, count or aggregate looks at.
export type RecordScope = QueryTarget & {
  filter: FilterNode | null;
  // The caller's words, each to match a searchable field as a prefix;
  // null for no search.
  search: string | null;
  deleted: DeletedMode;
};
