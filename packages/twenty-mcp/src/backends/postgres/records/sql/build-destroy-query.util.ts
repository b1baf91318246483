import { type IdsRequest } from '../../../../domain/records/types/ids-request.type';
import { type SqlQuery } from '../../../../domain/records/types/sql-query.type';
import { buildTableReference } from '../utils/build-table-reference.util';
import { createParamCollector } from '../utils/create-param-collector.util';
import { validateIds } from '../../../../services/records/utils/validate-ids.util';

// Removes records for good, trashed or not (the caller checks canDestroy).
export const buildDestroyQuery = ({
  schemaName,
  object,
  ids,
}: IdsRequest): SqlQuery => {
  const params = createParamCollector();

  return {
    sql:
      `DELETE FROM ${buildTableReference(schemaName, object.tableName)}` +
      ` WHERE "id" = ANY(${params.add(validateIds(ids), 'uuid[]')})` +
      ` RETURNING "id"`,
    params: params.params,
  };
};
