import { type DateGranularity } from '../../../../domain/records/types/date-granularity.type';

// date_trunc units of the bucket granularities (fixed SQL, never input).
export const DATE_TRUNCATION_UNITS: Partial<Record<DateGranularity, string>> = {
  DAY: 'day',
  WEEK: 'week',
  MONTH: 'month',
  QUARTER: 'quarter',
  YEAR: 'year',
};
