import { type DatabaseEventAction } from '../types/database-event-action.type';

// Per action, the records of each event that Twenty's workflow
// database-event listener enriches with their many-to-one relations before
// it starts workflows; null where it has no handler (restored), so no
// workflow starts. docs/twenty-events.md cites the listener.
export const WORKFLOW_ENRICHED_RECORDS: Record<
  DatabaseEventAction,
  readonly ('before' | 'after')[] | null
> = {
  created: ['after'],
  updated: ['before', 'after'],
  deleted: ['before'],
  destroyed: ['before'],
  restored: null,
};
