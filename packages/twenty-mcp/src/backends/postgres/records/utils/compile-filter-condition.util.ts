import { type FilterConditionNode } from '../../../../domain/records/types/filter-node.type';
import { type SqlBuildContext } from '../types/sql-build-context.type';
import { compileRatingComparison } from './compile-rating-comparison.util';
import { escapeLikePattern } from '../../../../domain/records/utils/escape-like-pattern.util';
import { findFieldLeaf } from '../../../../domain/records/utils/find-field-leaf.util';
import { getSqlCast } from './get-sql-cast.util';
import { quoteIdentifier } from './quote-identifier.util';
import { getLeafColumn } from '../../../../domain/records/utils/get-leaf-column.util';
import { toColumnDescriptor } from './to-column-descriptor.util';

const COMPARISONS = {
  eq: '=',
  neq: '<>',
  gt: '>',
  gte: '>=',
  lt: '<',
  lte: '<=',
};

// One condition → a SQL boolean expression; values are parameters.
export const compileFilterCondition = (
  { field, subField, operator, value }: FilterConditionNode,
  context: SqlBuildContext,
): string => {
  const leaf = findFieldLeaf(context.object, field, subField);
  // A pattern on a JSON value (additionalEmails…) matches its JSON text.
  const isJsonPattern =
    leaf.kind === 'JSON' && (operator === 'like' || operator === 'ilike');
  const column = `${quoteIdentifier(getLeafColumn(leaf))}${isJsonPattern ? '::text' : ''}`;
  const cast = getSqlCast(
    toColumnDescriptor(context.object, leaf),
    context.schemaName,
  );
  const add = context.params.add;

  switch (operator) {
    case 'is':
      return value === 'NULL' ? `${column} IS NULL` : `${column} IS NOT NULL`;
    case 'in':
      return `${column} = ANY(${add(value, `${cast}[]`)})`;
    case 'like':
      return `${column} LIKE ${add(value)}`;
    case 'ilike':
      return `${column} ILIKE ${add(value)}`;
    case 'startsWith':
      return `${column} LIKE ${add(`${escapeLikePattern(String(value))}%`)}`;
    case 'endsWith':
      return `${column} LIKE ${add(`%${escapeLikePattern(String(value))}`)}`;
    case 'containsAny':
      return `${column} && ${add(value, cast)}`;
    case 'containsIlike':
      return `EXISTS (SELECT 1 FROM unnest(${column}) AS "element" WHERE "element" ILIKE ${add(value)})`;
    case 'isEmptyArray':
      // A NULL array holds nothing, so it counts as empty.
      return value
        ? `(${column} IS NULL OR cardinality(${column}) = 0)`
        : `cardinality(${column}) > 0`;
    default:
      if (leaf.kind === 'RATING' && operator !== 'eq' && operator !== 'neq') {
        return compileRatingComparison(leaf, operator, String(value), context);
      }

      return `${column} ${COMPARISONS[operator]} ${add(value, cast)}`;
  }
};
