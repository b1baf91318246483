import { type RecordScope } from '../../../../domain/records/types/record-scope.type';
import { type SqlBuildContext } from '../types/sql-build-context.type';
import { buildDeletedCondition } from './build-deleted-condition.util';
import { buildSearchQueryText } from './build-search-query-text.util';
import { buildTsQueryExpression } from './build-tsquery-expression.util';
import { compileFilter } from './compile-filter.util';
import { getReadableSearchVector } from './get-readable-search-vector.util';

// WHERE conditions shared by find, count and aggregate.
export const buildScopeConditions = (
  { object, access, filter, search, deleted }: RecordScope,
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

  if (search) {
    const query = buildTsQueryExpression(
      buildSearchQueryText(search),
      context.params,
    );
    const readableVector = getReadableSearchVector({ object, access });

    // The stored vector's index narrows the rows; the readable one decides.
    conditions.push(`"searchVector" @@ ${query}`);

    if (readableVector) {
      conditions.push(`${readableVector} @@ ${query}`);
    }
  }

  return conditions;
};
