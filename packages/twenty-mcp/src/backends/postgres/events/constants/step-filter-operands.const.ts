// The operands of Twenty's ViewFilterOperand (twenty-shared), which trigger
// filters store; docs/twenty-events.md cites them. IS_EXACTLY and
// IS_NOT_EXACTLY, which newer filter engines also name, are left out on
// purpose: their stored spelling was not established, so a filter using
// them is not evaluated.
export const STEP_FILTER_OPERANDS = [
  'IS',
  'IS_NOT',
  'IS_NOT_NULL',
  'LESS_THAN_OR_EQUAL',
  'GREATER_THAN_OR_EQUAL',
  'IS_BEFORE',
  'IS_AFTER',
  'CONTAINS',
  'DOES_NOT_CONTAIN',
  'IS_EMPTY',
  'IS_NOT_EMPTY',
  'IS_RELATIVE',
  'IS_IN_PAST',
  'IS_IN_FUTURE',
  'IS_TODAY',
  'VECTOR_SEARCH',
] as const;
