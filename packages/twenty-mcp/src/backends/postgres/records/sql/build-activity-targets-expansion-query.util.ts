import { QUERY_LIMITS } from '../../../../domain/records/constants/query-limits.const';
import { ACTIVITY_TARGET_COLUMN_ALIASES } from '../constants/activity-target-column-aliases.const';
import { type ActivityTargetsExpansion } from '../../../../domain/records/types/activity-targets-expansion.type';
import { type SqlQuery } from '../types/sql-query.type';
import { buildLabelTextExpression } from '../utils/build-label-text-expression.util';
import { buildTableReference } from '../utils/build-table-reference.util';
import { createParamCollector } from '../utils/create-param-collector.util';
import { quoteIdentifier } from '../utils/quote-identifier.util';

// The targets of a page of notes (or tasks) in one query: per readable
// target object, the live links joined to the live records they point at,
// with the record's label; at most maxExpandedTargets per activity, in link
// order. Rows: `__activityId, __object, id, __label`.
export const buildActivityTargetsExpansionQuery = ({
  schemaName,
  expansion,
  activityIds,
}: {
  schemaName: string;
  expansion: ActivityTargetsExpansion;
  activityIds: readonly string[];
}): SqlQuery => {
  const params = createParamCollector();
  const {
    activityId,
    object,
    targetId,
    label,
    linkPosition,
    linkCreatedAt,
    rowNumber,
  } = ACTIVITY_TARGET_COLUMN_ALIASES;
  const junction = buildTableReference(
    schemaName,
    expansion.junction.tableName,
  );
  const hasLinkPosition = expansion.junction.fields.some(
    (field) => field.name === 'position',
  );
  const activityColumn = quoteIdentifier(expansion.activityJoinColumn);
  const ids = params.add([...new Set(activityIds)], 'uuid[]');
  const selects = expansion.targets.map((target) => {
    const joinColumn = quoteIdentifier(target.joinColumnName);

    // The link columns carry `__` aliases, so the label expression's bare
    // column names can only mean the target's columns.
    return (
      `SELECT "link"."${activityId}", ${params.add(target.object.nameSingular, 'text')} AS "${object}",` +
      ` "target"."id", ${buildLabelTextExpression(target.labelField)} AS "${label}",` +
      ` "link"."${linkPosition}", "link"."${linkCreatedAt}"` +
      ` FROM (SELECT ${activityColumn} AS "${activityId}", ${joinColumn} AS "${targetId}",` +
      ` ${hasLinkPosition ? '"position"' : 'NULL::double precision'} AS "${linkPosition}", "createdAt" AS "${linkCreatedAt}"` +
      ` FROM ${junction} WHERE ${activityColumn} = ANY(${ids}) AND "deletedAt" IS NULL AND ${joinColumn} IS NOT NULL) AS "link"` +
      ` JOIN ${buildTableReference(schemaName, target.object.tableName)} AS "target"` +
      ` ON "target"."id" = "link"."${targetId}" AND "target"."deletedAt" IS NULL`
    );
  });

  return {
    sql:
      `SELECT "${activityId}", "${object}", "id", "${label}" FROM (` +
      `SELECT *, row_number() OVER (PARTITION BY "${activityId}" ORDER BY "${linkPosition}", "${linkCreatedAt}", "${object}", "id") AS "${rowNumber}"` +
      ` FROM (${selects.join(' UNION ALL ')}) AS "links") AS "ranked"` +
      ` WHERE "${rowNumber}" <= ${params.add(QUERY_LIMITS.maxExpandedTargets)}` +
      ` ORDER BY "${activityId}", "${rowNumber}"`,
    params: params.params,
  };
};
