// One condition of a trigger's record filter (twenty-shared StepFilter), as
// read from the trigger's settings: the field's filter type, the operand,
// the `{{trigger.…}}` path of the value compared (stepOutputKey) and the
// value compared with, in the group it belongs to.
export type WorkflowStepFilter = {
  type: string;
  operand: string;
  stepOutputKey: string;
  value: unknown;
  stepFilterGroupId: unknown;
  compositeFieldSubFieldName?: string;
};
