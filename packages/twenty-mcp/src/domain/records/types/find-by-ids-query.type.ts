import { type DeletedMode } from './deleted-mode.type';
import { type QueryTarget } from './query-target.type';
import { type Selection } from './selection.type';

export type FindByIdsQuery = QueryTarget & {
  ids: readonly string[];
  selection: Selection;
  deleted: DeletedMode;
};
