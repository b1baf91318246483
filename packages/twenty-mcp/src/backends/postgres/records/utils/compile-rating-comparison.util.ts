import { type FieldLeaf } from '../../../../domain/records/types/field-leaf.type';
import { type FilterOperator } from '../../../../domain/records/types/filter-operator.type';
import { type SqlBuildContext } from '../types/sql-build-context.type';
import { getSqlCast } from './get-sql-cast.util';
import { quoteIdentifier } from './quote-identifier.util';
import { getLeafColumn } from '../../../../domain/records/utils/get-leaf-column.util';
import { toColumnDescriptor } from './to-column-descriptor.util';

// RATING_1 < … < RATING_5 by option order: `gt RATING_3` is
// `IN (RATING_4, RATING_5)`, whatever order the PG enum has.
export const compileRatingComparison = (
  leaf: FieldLeaf,
  operator: FilterOperator,
  value: string,
  { object, schemaName, params }: SqlBuildContext,
): string => {
  const options = leaf.options ?? [];
  const rank = options.indexOf(value);
  const matching = {
    gt: options.slice(rank + 1),
    gte: options.slice(rank),
    lt: options.slice(0, rank),
    lte: options.slice(0, rank + 1),
  }[operator as 'gt' | 'gte' | 'lt' | 'lte'];

  return `${quoteIdentifier(getLeafColumn(leaf))} = ANY(${params.add(matching, `${getSqlCast(toColumnDescriptor(object, leaf), schemaName)}[]`)})`;
};
