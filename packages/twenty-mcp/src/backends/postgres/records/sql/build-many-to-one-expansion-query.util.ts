import { type ManyToOneExpansion } from '../../../../domain/records/types/many-to-one-expansion.type';
import { type SqlQuery } from '../types/sql-query.type';
import { buildTableReference } from '../utils/build-table-reference.util';
import { createParamCollector } from '../utils/create-param-collector.util';
import { getExpansionFields } from '../../../../domain/records/utils/get-expansion-fields.util';
import { getSelectionColumns } from '../utils/get-selection-columns.util';
import { renderSelectColumns } from '../utils/render-select-columns.util';

// The targets of a many-to-one relation for a whole page at once: the
// distinct join column values of its records. Trashed targets count as
// absent, as in Twenty.
export const buildManyToOneExpansionQuery = ({
  schemaName,
  expansion,
  targetIds,
}: {
  schemaName: string;
  expansion: ManyToOneExpansion;
  targetIds: readonly string[];
}): SqlQuery => {
  const params = createParamCollector();
  const { target, labelField } = expansion;

  return {
    sql:
      `SELECT ${renderSelectColumns(getSelectionColumns(getExpansionFields(target, labelField)))}` +
      ` FROM ${buildTableReference(schemaName, target.object.tableName)}` +
      ` WHERE "id" = ANY(${params.add([...new Set(targetIds)], 'uuid[]')}) AND "deletedAt" IS NULL`,
    params: params.params,
  };
};
