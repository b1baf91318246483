import { type StepFilterOperand } from './step-filter-operand.type';

// A step filter ready to decide: its operand in the current spelling, the
// record value its stepOutputKey points to (left) and its value (right),
// both resolved against the trigger's event.
export type ResolvedStepFilter = {
  type: string;
  operand: StepFilterOperand;
  left: unknown;
  right: unknown;
  subFieldName?: string;
};
