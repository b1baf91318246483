import { type STEP_FILTER_OPERANDS } from '../constants/step-filter-operands.const';

export type StepFilterOperand = (typeof STEP_FILTER_OPERANDS)[number];
