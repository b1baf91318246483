import { type StepFilterOperand } from '../types/step-filter-operand.type';

// When a filter's value is a variable that resolves to null, Twenty's engine
// tests emptiness instead (keyed by the stored operand, current spelling
// only). docs/twenty-events.md cites it.
export const STEP_FILTER_EMPTINESS_OPERANDS: Readonly<
  Record<string, StepFilterOperand>
> = {
  IS: 'IS_EMPTY',
  IS_NOT: 'IS_NOT_EMPTY',
  CONTAINS: 'IS_EMPTY',
  DOES_NOT_CONTAIN: 'IS_NOT_EMPTY',
};
