import { isValidIsoDate } from './is-valid-iso-date.util';

const DATE_TIME_PATTERN =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

// An ISO 8601 date or date-time as PostgreSQL reads it unambiguously, or
// null. No offset means UTC, so results never depend on the session.
export const normalizeIsoDateTime = (value: string): string | null => {
  if (isValidIsoDate(value)) {
    return `${value}T00:00:00Z`;
  }

  const match = DATE_TIME_PATTERN.exec(value);

  if (!match || !isValidIsoDate(match[1])) {
    return null;
  }

  const [, date, hours, minutes, seconds = '00', fraction = '', offset] = match;

  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) {
    return null;
  }

  return `${date}T${hours}:${minutes}:${seconds}${fraction}${(offset ?? 'Z').toUpperCase()}`;
};
