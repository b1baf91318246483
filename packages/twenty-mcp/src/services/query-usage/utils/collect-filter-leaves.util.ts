import { type ShapeFilterLeaf } from '../../../domain/query-usage/types/shape-filter-leaf.type';
import { type FilterNode } from '../../../domain/records/types/filter-node.type';
import { classifyFilterOperator } from './classify-filter-operator.util';

const compareLeaves = (a: ShapeFilterLeaf, b: ShapeFilterLeaf): number =>
  a.field.localeCompare(b.field) ||
  (a.subField ?? '').localeCompare(b.subField ?? '') ||
  a.operatorClass.localeCompare(b.operatorClass);

// The fields a filter looks at, each once per operator class, sorted so
// the same filter in another order is the same shape. Only conditions
// every row must meet (the top-level AND) can lead an index; a condition
// under `or` or `not` is classed `other`. Note/task target filters go
// through the junction table and are left out.
export const collectFilterLeaves = (
  filter: FilterNode | null,
): ShapeFilterLeaf[] => {
  const leaves = new Map<string, ShapeFilterLeaf>();
  const visit = (node: FilterNode, conjunctive: boolean): void => {
    switch (node.kind) {
      case 'and':
        node.children.forEach((child) => visit(child, conjunctive));

        return;
      case 'or':
        node.children.forEach((child) => visit(child, false));

        return;
      case 'not':
        visit(node.child, false);

        return;
      case 'condition': {
        const leaf: ShapeFilterLeaf = {
          field: node.field,
          subField: node.subField,
          operatorClass: conjunctive
            ? classifyFilterOperator(node.operator)
            : 'other',
        };

        leaves.set(
          `${leaf.field}.${leaf.subField ?? ''}.${leaf.operatorClass}`,
          leaf,
        );

        return;
      }
      case 'activityTarget':
        return;
    }
  };

  if (filter) {
    visit(filter, true);
  }

  return [...leaves.values()].sort(compareLeaves);
};
