import { type DeletedMode } from './deleted-mode.type';
import { type FilterNode } from './filter-node.type';
import { type QueryTarget } from './query-target.type';

// Which records a find, count or aggregate looks at.
export type RecordScope = QueryTarget & {
  filter: FilterNode | null;
  searchQuery: string | null;
  deleted: DeletedMode;
};
