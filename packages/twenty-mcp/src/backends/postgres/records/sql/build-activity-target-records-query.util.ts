import { type ObjectSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { ACTIVITY_TARGET_COLUMN_ALIASES } from '../../../../domain/records/constants/activity-target-column-aliases.const';
import { type SqlQuery } from '../../../../domain/records/types/sql-query.type';
import { buildTableReference } from '../utils/build-table-reference.util';
import { createParamCollector } from '../utils/create-param-collector.util';
import { invalidArgument } from '../../../../domain/exceptions/utils/invalid-argument.util';

// Which of the records named as link targets exist outside the trash: one
// `{ __object, id }` row per record found.
export const buildActivityTargetRecordsQuery = ({
  schemaName,
  targets,
}: {
  schemaName: string;
  targets: readonly { object: ObjectSchema; ids: readonly string[] }[];
}): SqlQuery => {
  if (targets.length === 0) {
    throw invalidArgument('Pass at least one target to look up');
  }

  const params = createParamCollector();
  const selects = targets.map(
    ({ object, ids }) =>
      `SELECT ${params.add(object.nameSingular, 'text')} AS "${ACTIVITY_TARGET_COLUMN_ALIASES.object}", "id"` +
      ` FROM ${buildTableReference(schemaName, object.tableName)}` +
      ` WHERE "id" = ANY(${params.add([...new Set(ids)], 'uuid[]')}) AND "deletedAt" IS NULL`,
  );

  return { sql: selects.join(' UNION ALL '), params: params.params };
};
