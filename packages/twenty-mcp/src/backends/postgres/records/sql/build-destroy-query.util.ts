import { type IdsRequest } from '../types/ids-request.type';
import { type SqlQuery } from '../types/sql-query.type';
import { buildTableReference } from '../utils/build-table-reference.util';
import { createParamCollector } from '../utils/create-param-collector.util';

// Removes records for good, trashed or not.
export const buildDestroyQuery = ({
  schemaName,
  object,
  ids,
}: IdsRequest): SqlQuery => {
  const params = createParamCollector();

  return {
    sql:
      `DELETE FROM ${buildTableReference(schemaName, object.tableName)}` +
      ` WHERE "id" = ANY(${params.add([...ids], 'uuid[]')})` +
      ` RETURNING "id"`,
    params: params.params,
  };
};
