import { type FilterNode } from '../../../../domain/records/types/filter-node.type';
import { type SqlBuildContext } from '../types/sql-build-context.type';
import { compileActivityTargetFilter } from './compile-activity-target-filter.util';
import { compileFilterCondition } from './compile-filter-condition.util';

// The AST → one parenthesised SQL boolean expression.
export const compileFilter = (
  node: FilterNode,
  context: SqlBuildContext,
): string => {
  switch (node.kind) {
    case 'and':
    case 'or':
      return `(${node.children
        .map((child) => compileFilter(child, context))
        .join(node.kind === 'and' ? ' AND ' : ' OR ')})`;
    case 'not':
      return `NOT (${compileFilter(node.child, context)})`;
    case 'activityTarget':
      return compileActivityTargetFilter(node, context);
    default:
      return compileFilterCondition(node, context);
  }
};
