// A `workflowAutomatedTrigger` row of type DATABASE_EVENT, as Twenty's
// workflow listener reads it: the workflow to start and the trigger's
// settings (jsonb, so only as typed as the row is: checked where read).
export type WorkflowDatabaseEventTrigger = {
  workflowId: string;
  settings: {
    eventName?: unknown;
    // Updated fields, any of which starts the workflow; none: any update.
    fields?: unknown;
    // A record filter ({ stepFilters, stepFilterGroups }), evaluated by
    // evaluateWorkflowTriggerFilter.
    filter?: unknown;
  };
};
