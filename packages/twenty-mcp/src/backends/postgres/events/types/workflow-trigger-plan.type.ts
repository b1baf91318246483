import { type TwentyJob } from './twenty-job.type';

// The WorkflowTriggerJobs one batch starts, and the triggers whose record
// filter kept their workflow from starting without answering false (once
// per trigger, with the reason, for the log).
export type WorkflowTriggerPlan = {
  jobs: TwentyJob[];
  unevaluableFilters: { workflowId: string; reason: string }[];
};
