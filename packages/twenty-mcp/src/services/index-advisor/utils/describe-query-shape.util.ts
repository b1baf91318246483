import { type FilterOperatorClass } from '../../../domain/query-usage/types/filter-operator-class.type';
import { type QueryShape } from '../../../domain/query-usage/types/query-shape.type';
import { describeShapeField } from './describe-shape-field.util';

const OPERATOR_WORDS: Record<FilterOperatorClass, string> = {
  equality: '=',
  range: 'range',
  textMatch: 'text match',
  other: 'other',
};

// "order by amount.amount desc nulls last, id asc nulls last; filter
// stage =": what an admin reads beside the statement.
export const describeQueryShape = (shape: QueryShape): string => {
  const parts: string[] = [];

  if (shape.orderBy.length > 0) {
    parts.push(
      `order by ${shape.orderBy
        .map(
          (key) =>
            `${describeShapeField(key)} ${key.direction.startsWith('Asc') ? 'asc' : 'desc'} nulls ${key.direction.endsWith('NullsFirst') ? 'first' : 'last'}`,
        )
        .join(', ')}`,
    );
  }

  if (shape.groupBy.length > 0) {
    parts.push(
      `group by ${shape.groupBy
        .map(
          (key) =>
            `${describeShapeField(key)}${key.granularity ? `:${key.granularity}` : ''}`,
        )
        .join(', ')}`,
    );
  }

  if (shape.filters.length > 0) {
    parts.push(
      `filter ${shape.filters
        .map(
          (leaf) =>
            `${describeShapeField(leaf)} ${OPERATOR_WORDS[leaf.operatorClass]}`,
        )
        .join(', ')}`,
    );
  }

  if (shape.search) {
    parts.push('search');
  }

  if (shape.deleted !== 'exclude') {
    parts.push(
      shape.deleted === 'only' ? 'deleted records only' : 'deleted included',
    );
  }

  return parts.join('; ');
};
