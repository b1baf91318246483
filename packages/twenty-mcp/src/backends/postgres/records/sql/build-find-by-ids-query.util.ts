import { type FindByIdsQuery } from '../../../../domain/records/types/find-by-ids-query.type';
import { type SqlQuery } from '../types/sql-query.type';
import { buildDeletedCondition } from '../utils/build-deleted-condition.util';
import { buildTableReference } from '../utils/build-table-reference.util';
import { createParamCollector } from '../utils/create-param-collector.util';
import { getSelectionColumns } from '../utils/get-selection-columns.util';
import { renderSelectColumns } from '../utils/render-select-columns.util';
import { renderWhereClause } from '../utils/render-where-clause.util';

// Records by id (any order; missing ids are simply absent).
export const buildFindByIdsQuery = (
  schemaName: string,
  { object, ids, selection, deleted }: FindByIdsQuery,
): SqlQuery => {
  const params = createParamCollector();
  const conditions = [`"id" = ANY(${params.add([...ids], 'uuid[]')})`];
  const deletedCondition = buildDeletedCondition(deleted);

  if (deletedCondition) {
    conditions.push(deletedCondition);
  }

  return {
    sql:
      `SELECT ${renderSelectColumns(getSelectionColumns(selection.fields))}` +
      ` FROM ${buildTableReference(schemaName, object.tableName)}` +
      renderWhereClause(conditions),
    params: params.params,
  };
};
