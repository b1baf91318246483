import { type IdsRequest } from '../types/ids-request.type';
import { type SqlQuery } from '../types/sql-query.type';
import { buildTableReference } from '../utils/build-table-reference.util';
import { createParamCollector } from '../utils/create-param-collector.util';

// Takes records out of the trash; only trashed ones are returned.
export const buildRestoreQuery = ({
  schemaName,
  object,
  ids,
}: IdsRequest): SqlQuery => {
  const params = createParamCollector();

  return {
    sql:
      `UPDATE ${buildTableReference(schemaName, object.tableName)} SET "deletedAt" = NULL` +
      ` WHERE "id" = ANY(${params.add([...ids], 'uuid[]')}) AND "deletedAt" IS NOT NULL` +
      ` RETURNING "id"`,
    params: params.params,
  };
};
