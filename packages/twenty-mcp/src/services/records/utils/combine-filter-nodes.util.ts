import { type FilterNode } from '../../../domain/records/types/filter-node.type';

// No node → no condition; one → itself; several → AND.
export const combineFilterNodes = (nodes: FilterNode[]): FilterNode | null => {
  if (nodes.length === 0) {
    return null;
  }

  return nodes.length === 1 ? nodes[0] : { kind: 'and', children: nodes };
};
