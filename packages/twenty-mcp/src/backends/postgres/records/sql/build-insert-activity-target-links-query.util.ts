import { type ObjectSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { type SqlQuery } from '../../../../domain/records/types/sql-query.type';
import { type WriteActor } from '../../../../domain/records/types/write-actor.type';
import { buildActorAssignments } from '../utils/build-actor-assignments.util';
import { buildTableReference } from '../utils/build-table-reference.util';
import { createParamCollector } from '../utils/create-param-collector.util';
import { invalidArgument } from '../../../../domain/exceptions/utils/invalid-argument.util';
import { quoteIdentifier } from '../utils/quote-identifier.util';

// New junction rows (noteTarget…), one per link: the activity's join
// column and the one target column of the link; stamped with the actor
// like any write. They go on top of the junction's positions, in the given
// order. Returns their ids.
export const buildInsertActivityTargetLinksQuery = ({
  schemaName,
  junction,
  activityJoinColumn,
  links,
  actor,
}: {
  schemaName: string;
  junction: ObjectSchema;
  activityJoinColumn: string;
  links: readonly {
    activityId: string;
    joinColumnName: string;
    targetId: string;
  }[];
  actor: WriteActor;
}): SqlQuery => {
  if (links.length === 0) {
    throw invalidArgument('Pass at least one link to create');
  }

  const params = createParamCollector();
  const table = buildTableReference(schemaName, junction.tableName);
  const targetColumns = [
    ...new Set(links.map(({ joinColumnName }) => joinColumnName)),
  ];
  const hasPosition = junction.fields.some(
    (field) => field.name === 'position',
  );
  const actorAssignments = buildActorAssignments(
    junction,
    schemaName,
    actor,
    ['createdBy', 'updatedBy'],
    params,
  );
  const rows = links.map((link, index) => {
    const values = [
      params.add(link.activityId, 'uuid'),
      ...targetColumns.map((column) =>
        column === link.joinColumnName
          ? params.add(link.targetId, 'uuid')
          : 'NULL',
      ),
      ...(hasPosition
        ? [`(SELECT "position" FROM "top") - ${links.length - index}`]
        : []),
      ...actorAssignments.map(({ value }) => value),
    ];

    return `(${values.join(', ')})`;
  });
  const columnList = [
    activityJoinColumn,
    ...targetColumns,
    ...(hasPosition ? ['position'] : []),
    ...actorAssignments.map(({ column }) => column),
  ]
    .map(quoteIdentifier)
    .join(', ');

  return {
    sql:
      (hasPosition
        ? `WITH "top" AS (SELECT COALESCE(MIN("position"), 0) AS "position" FROM ${table}) `
        : '') +
      `INSERT INTO ${table} (${columnList}) VALUES ${rows.join(', ')} RETURNING "id"`,
    params: params.params,
  };
};
