import { type DeletedMode } from '../../records/types/deleted-mode.type';
import { type ShapeFilterLeaf } from './shape-filter-leaf.type';
import { type ShapeGroupKey } from './shape-group-key.type';
import { type ShapeOrderKey } from './shape-order-key.type';

// What a read asked of an object's table, without its values: enough to
// say which index would serve it (docs/index-advisor.md).
export type QueryShape = {
  kind: 'find' | 'aggregate';
  deleted: DeletedMode;
  // find: the full ORDER BY, `id` tie-breaker included; aggregate: empty.
  orderBy: ShapeOrderKey[];
  // aggregate: the dimensions in order; find: empty.
  groupBy: ShapeGroupKey[];
  // Each filtered field once per operator class, sorted.
  filters: ShapeFilterLeaf[];
  // Whether full-text search narrowed the rows (served by Twenty's GIN
  // index on searchVector, not by a btree).
  search: boolean;
};
