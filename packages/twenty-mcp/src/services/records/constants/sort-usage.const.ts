import { type LeafUsage } from '../types/leaf-usage.type';
import { SORTABLE_VALUE_KINDS } from '../../../domain/records/constants/sortable-value-kinds.const';

export const SORT_USAGE: LeafUsage = {
  verb: 'sort by',
  isUsable: (leaf) => SORTABLE_VALUE_KINDS.has(leaf.kind) && !leaf.isRelation,
};
