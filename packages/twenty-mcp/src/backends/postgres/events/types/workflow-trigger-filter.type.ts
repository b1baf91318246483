import { type WorkflowStepFilter } from './workflow-step-filter.type';
import { type WorkflowStepFilterGroup } from './workflow-step-filter-group.type';

// A trigger's record filter (`settings.filter`) once its shape is checked.
export type WorkflowTriggerFilter = {
  stepFilters: WorkflowStepFilter[];
  stepFilterGroups: WorkflowStepFilterGroup[];
};
