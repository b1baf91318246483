import { type WorkspaceSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { type AggregateQuery } from '../../../../domain/records/types/aggregate-query.type';
import { type SqlQuery } from '../types/sql-query.type';
import { buildGroupExpression } from '../utils/build-group-expression.util';
import { buildMetricExpression } from '../utils/build-metric-expression.util';
import { buildScopeConditions } from '../utils/build-scope-conditions.util';
import { buildTableReference } from '../utils/build-table-reference.util';
import { createParamCollector } from '../utils/create-param-collector.util';
import { getAggregateAlias } from '../utils/get-aggregate-alias.util';
import { quoteIdentifier } from '../utils/quote-identifier.util';
import { renderWhereClause } from '../utils/render-where-clause.util';

// GROUP BY the dimensions (by ordinal, so a time-zone placeholder is never
// compared with itself), metrics per group, limit + 1 groups so the
// decoder can tell there are more.
export const buildAggregateQuery = (
  workspace: WorkspaceSchema,
  prepared: AggregateQuery,
): SqlQuery => {
  const { schemaName } = workspace;
  const params = createParamCollector();
  const { object, groupBy, metrics } = prepared;
  const conditions = buildScopeConditions(prepared, {
    workspace,
    object,
    schemaName,
    params,
  });
  const needsTimeZone = groupBy.some(
    (group) => group.leaf.kind === 'DATE_TIME',
  );
  const timeZone = needsTimeZone ? params.add(prepared.timeZone, 'text') : '';
  const alias = (target: 'group' | 'metric', index: number) =>
    quoteIdentifier(getAggregateAlias(target, index));
  const columns = [
    ...groupBy.map(
      (group, index) =>
        `${buildGroupExpression(group, timeZone)} AS ${alias('group', index)}`,
    ),
    ...metrics.map(
      (metric, index) =>
        `${buildMetricExpression(object, metric)} AS ${alias('metric', index)}`,
    ),
  ];
  let sql =
    `SELECT ${columns.join(', ')}` +
    ` FROM ${buildTableReference(schemaName, object.tableName)}` +
    renderWhereClause(conditions);

  if (groupBy.length > 0) {
    const explicit = prepared.orderBy.map(
      ({ target, index, direction }) =>
        `${alias(target, index)} ${direction} NULLS LAST`,
    );
    // Remaining dimensions ascending keep the order total.
    const rest = groupBy
      .map((_, index) => index)
      .filter(
        (index) =>
          !prepared.orderBy.some(
            (item) => item.target === 'group' && item.index === index,
          ),
      )
      .map((index) => `${alias('group', index)} ASC NULLS LAST`);

    sql +=
      ` GROUP BY ${groupBy.map((_, index) => index + 1).join(', ')}` +
      ` ORDER BY ${[...explicit, ...rest].join(', ')}` +
      ` LIMIT ${params.add(prepared.limit + 1)}`;
  }

  return { sql, params: params.params };
};
