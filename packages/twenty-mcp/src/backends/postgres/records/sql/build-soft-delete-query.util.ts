import { type IdsRequest } from '../../../../domain/records/types/ids-request.type';
import { type SqlQuery } from '../../../../domain/records/types/sql-query.type';
import { buildTableReference } from '../utils/build-table-reference.util';
import { createParamCollector } from '../utils/create-param-collector.util';
import { validateIds } from '../../../../services/records/utils/validate-ids.util';

// Moves records to the trash; already trashed ones are not returned.
export const buildSoftDeleteQuery = ({
  schemaName,
  object,
  ids,
}: IdsRequest): SqlQuery => {
  const params = createParamCollector();

  return {
    sql:
      `UPDATE ${buildTableReference(schemaName, object.tableName)} SET "deletedAt" = now()` +
      ` WHERE "id" = ANY(${params.add(validateIds(ids), 'uuid[]')}) AND "deletedAt" IS NULL` +
      ` RETURNING "id"`,
    params: params.params,
  };
};
