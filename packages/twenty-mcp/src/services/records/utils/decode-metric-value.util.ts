import { type PreparedMetric } from '../../../domain/records/types/prepared-metric.type';
import { microsToUnits } from '../../../domain/values/utils/micros-to-units.util';
import { toIsoDateTime } from '../../../domain/values/utils/to-iso-date-time.util';

const VALUE_OPERATIONS = new Set(['SUM', 'AVG', 'MIN', 'MAX']);

// Counts and percentages are numbers; sums / averages / extremes take the
// field's API form: currency in units, NUMERIC exact text, dates ISO.
export const decodeMetricValue = (
  { op, leaf }: PreparedMetric,
  value: unknown,
): number | string | null => {
  if (value === null || value === undefined) {
    return null;
  }

  if (!VALUE_OPERATIONS.has(op)) {
    return Number(value);
  }

  switch (leaf?.kind) {
    case 'CURRENCY_AMOUNT':
      return microsToUnits(value);
    // Exact text when a sum of stored values outgrows a double.
    case 'NUMBER': {
      const number = Number(value);

      return Number.isFinite(number) ? number : String(value);
    }
    case 'DATE_TIME':
      return toIsoDateTime(value);
    default:
      return String(value);
  }
};
