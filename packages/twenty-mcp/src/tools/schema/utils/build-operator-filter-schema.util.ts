import { QUERY_LIMITS } from '../../../domain/records/constants/query-limits.const';
import { FILTER_IS_VALUES } from '../constants/filter-is-values.const';
import { type JsonSchema } from '../types/json-schema.type';

// The value each operator takes, given the compared value's schema (for
// array fields: one element's schema).
const operandSchema = (operator: string, value: JsonSchema): JsonSchema => {
  switch (operator) {
    case 'in':
      return {
        type: 'array',
        items: value,
        maxItems: QUERY_LIMITS.maxInValues,
      };
    case 'containsAny':
      return { type: 'array', items: value };
    case 'like':
    case 'containsIlike':
      return { type: 'string', description: '% wildcards' };
    case 'ilike':
      return { type: 'string', description: 'like, case-insensitive' };
    case 'startsWith':
    case 'endsWith':
      return { type: 'string' };
    case 'isEmptyArray':
      return { type: 'boolean' };
    case 'is':
      return { type: 'string', enum: [...FILTER_IS_VALUES] };
    default:
      return value;
  }
};

// `{ <operator>: <operand> }` for one field, unknown operators rejected.
export const buildOperatorFilterSchema = ({
  operators,
  value,
}: {
  operators: readonly string[];
  value: JsonSchema;
}): JsonSchema => ({
  type: 'object',
  properties: Object.fromEntries(
    operators.map((operator) => [operator, operandSchema(operator, value)]),
  ),
  additionalProperties: false,
});
