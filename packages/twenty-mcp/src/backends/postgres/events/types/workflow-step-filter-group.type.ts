// One group of a trigger's record filter (twenty-shared StepFilterGroup):
// its conditions and child groups combined by logicalOperator (AND / OR);
// without a parent it is a root group.
export type WorkflowStepFilterGroup = {
  id: string;
  logicalOperator: unknown;
  parentStepFilterGroupId?: string;
};
