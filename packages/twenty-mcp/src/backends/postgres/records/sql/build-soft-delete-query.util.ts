import { type WriteActor } from '../../../../domain/records/types/write-actor.type';
import { type IdsRequest } from '../types/ids-request.type';
import { type SqlQuery } from '../types/sql-query.type';
import { buildActorAssignments } from '../utils/build-actor-assignments.util';
import { buildTableReference } from '../utils/build-table-reference.util';
import { createParamCollector } from '../utils/create-param-collector.util';
import { quoteIdentifier } from '../utils/quote-identifier.util';

// Moves records to the trash; already trashed ones are not returned. With
// an actor, who trashed them is stamped as updatedBy.
export const buildSoftDeleteQuery = ({
  schemaName,
  object,
  ids,
  actor,
}: IdsRequest & { actor?: WriteActor }): SqlQuery => {
  const params = createParamCollector();
  const assignments = [
    { column: 'deletedAt', value: 'now()' },
    ...(actor
      ? [
          { column: 'updatedAt', value: 'now()' },
          ...buildActorAssignments(
            object,
            schemaName,
            actor,
            ['updatedBy'],
            params,
          ),
        ]
      : []),
  ];

  return {
    sql:
      `UPDATE ${buildTableReference(schemaName, object.tableName)}` +
      ` SET ${assignments.map(({ column, value }) => `${quoteIdentifier(column)} = ${value}`).join(', ')}` +
      ` WHERE "id" = ANY(${params.add([...ids], 'uuid[]')}) AND "deletedAt" IS NULL` +
      ` RETURNING "id"`,
    params: params.params,
  };
};
