import { type StepFilterOperand } from '../types/step-filter-operand.type';

// Older filters store ViewFilterOperandDeprecated's camelCase values;
// Twenty's engine converts them first ('lessThan' and 'greaterThan' are the
// inclusive comparisons). docs/twenty-events.md cites the mapping.
export const DEPRECATED_STEP_FILTER_OPERANDS: Readonly<
  Record<string, StepFilterOperand>
> = {
  is: 'IS',
  isNotNull: 'IS_NOT_NULL',
  isNot: 'IS_NOT',
  lessThan: 'LESS_THAN_OR_EQUAL',
  greaterThan: 'GREATER_THAN_OR_EQUAL',
  isBefore: 'IS_BEFORE',
  isAfter: 'IS_AFTER',
  contains: 'CONTAINS',
  doesNotContain: 'DOES_NOT_CONTAIN',
  isEmpty: 'IS_EMPTY',
  isNotEmpty: 'IS_NOT_EMPTY',
  isRelative: 'IS_RELATIVE',
  isInPast: 'IS_IN_PAST',
  isInFuture: 'IS_IN_FUTURE',
  isToday: 'IS_TODAY',
};
