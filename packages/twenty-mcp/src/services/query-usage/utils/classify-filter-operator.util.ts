import { type FilterOperatorClass } from '../../../domain/query-usage/types/filter-operator-class.type';
import { type FilterOperator } from '../../../domain/records/types/filter-operator.type';

// `is` compiles to IS NULL / IS NOT NULL, which a btree serves like `=`.
export const classifyFilterOperator = (
  operator: FilterOperator,
): FilterOperatorClass => {
  switch (operator) {
    case 'eq':
    case 'in':
    case 'is':
      return 'equality';
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return 'range';
    case 'like':
    case 'ilike':
    case 'startsWith':
    case 'endsWith':
    case 'containsIlike':
      return 'textMatch';
    default:
      return 'other';
  }
};
