import {
  type FieldSchema,
  type ObjectSchema,
} from '../../../../domain/workspace/types/workspace-schema.type';
import { type SqlQuery } from '../../records/types/sql-query.type';
import { buildTableReference } from '../../records/utils/build-table-reference.util';
import { getSelectionColumns } from '../../records/utils/get-selection-columns.util';
import { renderSelectColumns } from '../../records/utils/render-select-columns.util';

// The records a batch's records point to through one relation, as Twenty's
// workflow listener loads them: by id, bypassing permissions, trashed ones
// left out (its repository's default).
export const buildRelatedRecordsQuery = (
  schemaName: string,
  object: ObjectSchema,
  fields: readonly FieldSchema[],
  ids: readonly string[],
): SqlQuery => ({
  sql:
    `SELECT ${renderSelectColumns(getSelectionColumns(fields))}` +
    ` FROM ${buildTableReference(schemaName, object.tableName)}` +
    ` WHERE "id" = ANY($1::uuid[]) AND "deletedAt" IS NULL`,
  params: [[...ids]],
});
