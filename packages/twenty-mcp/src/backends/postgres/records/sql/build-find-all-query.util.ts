import { type WorkspaceSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { type DeletedMode } from '../../../../domain/records/types/deleted-mode.type';
import { type FilterNode } from '../../../../domain/records/types/filter-node.type';
import { type Selection } from '../../../../domain/records/types/selection.type';
import { type ObjectSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { type SqlQuery } from '../types/sql-query.type';
import { buildDeletedCondition } from '../utils/build-deleted-condition.util';
import { buildTableReference } from '../utils/build-table-reference.util';
import { compileFilter } from '../utils/compile-filter.util';
import { createParamCollector } from '../utils/create-param-collector.util';
import { getSelectionColumns } from '../utils/get-selection-columns.util';
import { renderSelectColumns } from '../utils/render-select-columns.util';

// Every record matching a filter (live ones by default), unordered and
// unpaged (callers bound it by the filter, e.g. one note's links).
export const buildFindAllQuery = (
  workspace: WorkspaceSchema,
  {
    object,
    filter,
    selection,
    deleted = 'exclude',
  }: {
    object: ObjectSchema;
    filter: FilterNode;
    selection: Selection;
    deleted?: DeletedMode;
  },
): SqlQuery => {
  const { schemaName } = workspace;
  const params = createParamCollector();
  const conditions = [
    buildDeletedCondition(deleted),
    compileFilter(filter, { workspace, object, schemaName, params }),
  ].filter((condition) => condition !== null);

  return {
    sql:
      `SELECT ${renderSelectColumns(getSelectionColumns(selection.fields))}` +
      ` FROM ${buildTableReference(schemaName, object.tableName)}` +
      ` WHERE ${conditions.join(' AND ')}`,
    params: params.params,
  };
};
