import { type ObjectSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { type SqlQuery } from '../../../../domain/records/types/sql-query.type';
import { type WriteActor } from '../../../../domain/records/types/write-actor.type';
import { buildActorAssignments } from '../utils/build-actor-assignments.util';
import { buildTableReference } from '../utils/build-table-reference.util';
import { createParamCollector } from '../utils/create-param-collector.util';
import { invalidArgument } from '../../../../domain/exceptions/utils/invalid-argument.util';
import { quoteIdentifier } from '../utils/quote-identifier.util';

// Unlinks: junction rows go to the trash, stamped with who removed them.
export const buildSoftDeleteActivityTargetLinksQuery = ({
  schemaName,
  junction,
  linkIds,
  actor,
}: {
  schemaName: string;
  junction: ObjectSchema;
  linkIds: readonly string[];
  actor: WriteActor;
}): SqlQuery => {
  if (linkIds.length === 0) {
    throw invalidArgument('Pass at least one link to remove');
  }

  // The ids come from the junction itself, so no per-call id limit applies.
  const params = createParamCollector();
  const ids = params.add([...new Set(linkIds)], 'uuid[]');
  const assignments = [
    { column: 'deletedAt', value: 'now()' },
    { column: 'updatedAt', value: 'now()' },
    ...buildActorAssignments(
      junction,
      schemaName,
      actor,
      ['updatedBy'],
      params,
    ),
  ];

  return {
    sql:
      `UPDATE ${buildTableReference(schemaName, junction.tableName)}` +
      ` SET ${assignments.map(({ column, value }) => `${quoteIdentifier(column)} = ${value}`).join(', ')}` +
      ` WHERE "id" = ANY(${ids}) AND "deletedAt" IS NULL RETURNING "id"`,
    params: params.params,
  };
};
