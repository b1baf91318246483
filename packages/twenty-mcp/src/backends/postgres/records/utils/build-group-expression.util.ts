import { DATE_TRUNCATION_UNITS } from '../constants/date-truncation-units.const';
import { type PreparedGroupBy } from '../../../../domain/records/types/prepared-group-by.type';
import { quoteIdentifier } from './quote-identifier.util';
import { getLeafColumn } from '../../../../domain/records/utils/get-leaf-column.util';

// A dimension as SQL: the column, or a date bucket computed in the time
// zone (`timeZone` is a placeholder) — bucket starts as `YYYY-MM-DD`,
// ISO weekday 1 (Monday)…7, month 1…12.
export const buildGroupExpression = (
  { leaf, granularity }: PreparedGroupBy,
  timeZone: string,
): string => {
  const column = quoteIdentifier(getLeafColumn(leaf));

  if (!granularity) {
    return column;
  }

  const local =
    leaf.kind === 'DATE_TIME'
      ? `(${column} AT TIME ZONE ${timeZone})`
      : `${column}::timestamp`;

  switch (granularity) {
    case 'DAY_OF_WEEK':
      return `extract(isodow FROM ${local})::int`;
    case 'MONTH_OF_YEAR':
      return `extract(month FROM ${local})::int`;
    default:
      return `to_char(date_trunc('${DATE_TRUNCATION_UNITS[granularity]}', ${local}), 'YYYY-MM-DD')`;
  }
};
