import { type SqlQuery } from '../../records/types/sql-query.type';
import { buildTableReference } from '../../records/utils/build-table-reference.util';

// The live database-event triggers listening to these event names
// (`person.created`), as Twenty's workflow listener selects them: type
// DATABASE_EVENT, settings' eventName, soft-deleted rows left out (its
// repository's default). `type` is an enum in Twenty's layout, compared as
// text. A trigger without a workflow has nothing to start.
export const buildWorkflowTriggersQuery = (
  schemaName: string,
  eventNames: readonly string[],
): SqlQuery => ({
  sql:
    `SELECT "workflowId", "settings"` +
    ` FROM ${buildTableReference(schemaName, 'workflowAutomatedTrigger')}` +
    ` WHERE "type"::text = 'DATABASE_EVENT' AND "deletedAt" IS NULL` +
    ` AND "workflowId" IS NOT NULL` +
    ` AND "settings"->>'eventName' = ANY($1::text[])`,
  params: [[...eventNames]],
});
