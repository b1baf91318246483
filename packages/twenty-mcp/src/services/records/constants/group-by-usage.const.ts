import { type LeafUsage } from '../types/leaf-usage.type';
import { GROUPABLE_VALUE_KINDS } from '../../../domain/records/constants/groupable-value-kinds.const';

export const GROUP_BY_USAGE: LeafUsage = {
  verb: 'group by',
  isUsable: (leaf) => GROUPABLE_VALUE_KINDS.has(leaf.kind),
};
