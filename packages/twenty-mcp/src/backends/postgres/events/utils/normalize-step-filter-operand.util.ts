import { DEPRECATED_STEP_FILTER_OPERANDS } from '../constants/deprecated-step-filter-operands.const';
import { STEP_FILTER_OPERANDS } from '../constants/step-filter-operands.const';
import { type StepFilterOperand } from '../types/step-filter-operand.type';

// A stored operand in its current spelling, deprecated spellings converted
// as Twenty's engine does; undefined for an operand it does not know.
export const normalizeStepFilterOperand = (
  operand: string,
): StepFilterOperand | undefined =>
  (STEP_FILTER_OPERANDS as readonly string[]).includes(operand)
    ? (operand as StepFilterOperand)
    : Object.hasOwn(DEPRECATED_STEP_FILTER_OPERANDS, operand)
      ? DEPRECATED_STEP_FILTER_OPERANDS[operand]
      : undefined;
