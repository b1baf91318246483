import { type ObjectSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { type PreparedMetric } from '../../../../domain/records/types/prepared-metric.type';
import { buildEmptyCheck } from './build-empty-check.util';
import { quoteIdentifier } from './quote-identifier.util';
import { getLeafColumn } from '../../../../domain/records/utils/get-leaf-column.util';

const percentage = (condition: string) =>
  `CASE WHEN count(*) = 0 THEN NULL ELSE 100.0 * count(*) FILTER (WHERE ${condition}) / count(*) END`;

// A metric as an aggregate expression. Currency stays in micros here and
// becomes units in decodeAggregateRows (exact decimal shift).
export const buildMetricExpression = (
  object: ObjectSchema,
  { op, field, leaf }: PreparedMetric,
): string => {
  if (op === 'COUNT' || !field) {
    return 'count(*)';
  }

  const column = leaf ? quoteIdentifier(getLeafColumn(leaf)) : '';
  const empty = () => buildEmptyCheck(object, field, leaf);
  const dateText = (expression: string) =>
    leaf?.kind === 'DATE' ? `to_char(${expression}, 'YYYY-MM-DD')` : expression;

  switch (op) {
    // Over numeric: a double's sum overflows (an error for every caller)
    // where numeric's cannot; NUMERIC and currency columns are numeric
    // already, so the cast costs them nothing.
    case 'SUM':
      return `sum(${column}::numeric)`;
    case 'AVG':
      return `avg(${column}::numeric)`;
    case 'MIN':
      return dateText(`min(${column})`);
    case 'MAX':
      return dateText(`max(${column})`);
    case 'COUNT_UNIQUE':
      return `count(DISTINCT ${column})`;
    case 'COUNT_EMPTY':
      return `count(*) FILTER (WHERE ${empty()})`;
    case 'COUNT_NOT_EMPTY':
      return `count(*) FILTER (WHERE NOT ${empty()})`;
    case 'PERCENTAGE_EMPTY':
      return percentage(empty());
    case 'PERCENTAGE_NOT_EMPTY':
      return percentage(`NOT ${empty()}`);
    case 'COUNT_TRUE':
      return `count(*) FILTER (WHERE ${column} IS TRUE)`;
    case 'COUNT_FALSE':
      return `count(*) FILTER (WHERE ${column} IS FALSE)`;
  }
};
