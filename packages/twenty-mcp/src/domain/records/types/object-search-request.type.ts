import { type FilterNode } from './filter-node.type';
import { type QueryTarget } from './query-target.type';
import { type Selection } from './selection.type';

// Ranked full-text search in one object.
export type ObjectSearchRequest = QueryTarget & {
  schemaName: string;
  search: string;
  selection: Selection;
  filter?: FilterNode | null;
  limit?: unknown;
};
