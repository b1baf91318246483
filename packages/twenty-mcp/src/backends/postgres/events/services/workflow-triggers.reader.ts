import { type DataSource } from 'typeorm';

import { type StoredRecord } from '../../../../domain/records/types/stored-record.type';
import { type WorkspaceSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { decodeStoredRows } from '../../records/utils/decode-stored-rows.util';
import { AbsentTables } from '../../utils/absent-tables.util';
import { buildRelatedRecordsQuery } from '../sql/build-related-records-query.util';
import { buildWorkflowTriggersQuery } from '../sql/build-workflow-triggers-query.util';
import { type ManyToOneJoin } from '../types/many-to-one-join.type';
import { type WorkflowDatabaseEventTrigger } from '../types/workflow-database-event-trigger.type';
import { buildEventSelection } from '../utils/build-event-selection.util';
import { collectJoinIds } from '../utils/collect-join-ids.util';

// PostgreSQL's undefined_table: a workspace schema without Twenty's
// workflow tables (older or trimmed layouts) has no workflows to start.
const UNDEFINED_TABLE = '42P01';

// What Twenty's workflow database-event listener reads from the workspace
// schema: the triggers listening to some event names, and the records a
// batch's records point to (docs/twenty-events.md).
export class WorkflowTriggersReader {
  // Schemas without the table: one failed statement a minute in
  // PostgreSQL's log, not one per write.
  private readonly absentTables = new AbsentTables();

  constructor(private readonly dataSource: DataSource) {}

  async readTriggers(
    workspace: WorkspaceSchema,
    eventNames: readonly string[],
  ): Promise<WorkflowDatabaseEventTrigger[]> {
    const { schemaName } = workspace;

    if (this.absentTables.isKnownAbsent(schemaName)) {
      return [];
    }

    const { sql, params } = buildWorkflowTriggersQuery(schemaName, eventNames);

    try {
      return await this.dataSource.query(sql, params);
    } catch (error) {
      if ((error as { code?: unknown }).code === UNDEFINED_TABLE) {
        this.absentTables.markAbsent(schemaName);

        return [];
      }

      throw error;
    }
  }

  // Per join column, the records it points to by id: one query per
  // relation that any of the records uses.
  async readRelated(
    workspace: WorkspaceSchema,
    joins: readonly ManyToOneJoin[],
    records: readonly StoredRecord[],
  ): Promise<Map<string, Map<string, StoredRecord>>> {
    const related = new Map<string, Map<string, StoredRecord>>();

    for (const { joinColumnName, target } of joins) {
      const ids = collectJoinIds(records, joinColumnName);

      if (ids.length === 0) {
        continue;
      }

      const { fields } = buildEventSelection(target);
      const { sql, params } = buildRelatedRecordsQuery(
        workspace.schemaName,
        target,
        fields,
        ids,
      );
      const rows = decodeStoredRows(
        fields,
        await this.dataSource.query(sql, params),
      );

      related.set(
        joinColumnName,
        new Map(rows.map((record) => [record.id, record])),
      );
    }

    return related;
  }
}
