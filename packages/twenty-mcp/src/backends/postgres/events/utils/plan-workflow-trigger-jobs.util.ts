import { TWENTY_QUEUES } from '../constants/twenty-queues.const';
import { type DatabaseEventAction } from '../types/database-event-action.type';
import { type WorkflowDatabaseEventTrigger } from '../types/workflow-database-event-trigger.type';
import { type WorkflowTriggerPlan } from '../types/workflow-trigger-plan.type';
import { type WorkspaceEventBatch } from '../types/workspace-event-batch.type';
import { buildTwentyJob } from './build-twenty-job.util';
import { evaluateWorkflowTriggerFilter } from './evaluate-workflow-trigger-filter.util';
import { matchWorkflowTriggers } from './match-workflow-triggers.util';

// The WorkflowTriggerJobs Twenty's workflow database-event listener adds for
// one (already enriched) batch: per trigger listening to the batch's event
// name, per event it watches and its record filter lets through, one job
// starting the trigger's workflow with that event as payload
// (docs/twenty-events.md). A filter that keeps its workflow from starting
// without answering false is reported once per trigger.
export const planWorkflowTriggerJobs = (
  batch: WorkspaceEventBatch,
  action: DatabaseEventAction,
  triggers: readonly WorkflowDatabaseEventTrigger[],
  now: Date,
): WorkflowTriggerPlan => {
  const plan: WorkflowTriggerPlan = { jobs: [], unevaluableFilters: [] };
  const reported = new Set<WorkflowDatabaseEventTrigger>();

  for (const { trigger, event } of matchWorkflowTriggers(
    batch,
    action,
    triggers,
  )) {
    const outcome = evaluateWorkflowTriggerFilter(
      trigger.settings.filter,
      event,
      now,
    );

    if (outcome === true) {
      plan.jobs.push(
        buildTwentyJob(
          TWENTY_QUEUES.workflow,
          'WorkflowTriggerJob',
          {
            workspaceId: batch.workspaceId,
            workflowId: trigger.workflowId,
            payload: event,
          },
          3,
        ),
      );
    } else if (outcome !== false && !reported.has(trigger)) {
      reported.add(trigger);
      plan.unevaluableFilters.push({
        workflowId: trigger.workflowId,
        reason: outcome.unevaluable,
      });
    }
  }

  return plan;
};
