import { type RecordScope } from '../types/record-scope.type';
import { type SqlBuildContext } from '../types/sql-build-context.type';
import { buildDeletedCondition } from './build-deleted-condition.util';
import { buildTsQueryExpression } from './build-tsquery-expression.util';
import { compileFilter } from './compile-filter.util';

// WHERE conditions shared by find, count and aggregate.
export const buildScopeConditions = (
  { filter, searchQuery, deleted }: RecordScope,
  context: SqlBuildContext,
): string[] => {
  const conditions: string[] = [];
  const deletedCondition = buildDeletedCondition(deleted);

  if (deletedCondition) {
    conditions.push(deletedCondition);
  }

  if (filter) {
    conditions.push(compileFilter(filter, context));
  }

  if (searchQuery) {
    conditions.push(
      `"searchVector" @@ ${buildTsQueryExpression(searchQuery, context.params)}`,
    );
  }

  return conditions;
};
