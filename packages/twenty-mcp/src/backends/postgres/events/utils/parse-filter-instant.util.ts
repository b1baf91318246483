// ISO 8601 as Temporal reads it: a date, optionally a time (minutes at
// least, up to nanoseconds) and, with a time, `Z` or an offset.
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

const NANOSECONDS_PER_MILLISECOND = 1_000_000n;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const daysInMonth = (year: number, month: number): number =>
  month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
    ? 29
    : DAYS_IN_MONTH[month - 1];

const parseOffsetMinutes = (offset: string | undefined): number | undefined => {
  if (!offset || offset.toUpperCase() === 'Z') {
    return 0;
  }

  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || '0');

  if (hours > 23 || minutes > 59) {
    return undefined;
  }

  return (offset.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
};

// An ISO 8601 date or date-time as an instant (nanoseconds since the epoch):
// with an offset or `Z` at that offset, without one in UTC, a date alone at
// UTC midnight — how Twenty's engine reads date filter operands
// (Temporal.Instant, else a PlainDateTime taken in UTC). Undefined for other
// text, which newer Twenty versions may still read (non-ISO formats): the
// caller does not evaluate those.
export const parseFilterInstant = (text: string): bigint | undefined => {
  const match = ISO_DATE_TIME.exec(text);

  if (!match) {
    return undefined;
  }

  const [year, month, day, hour = 0, minute = 0, second = 0] = match
    .slice(1, 7)
    .map((part) => (part === undefined ? undefined : Number(part)));
  const offsetMinutes = parseOffsetMinutes(match[8]);

  if (
    year === undefined ||
    month === undefined ||
    day === undefined ||
    offsetMinutes === undefined ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return undefined;
  }

  // setUTCFullYear, unlike Date.UTC, takes years 0-99 as they are.
  const date = new Date(0);

  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);

  const epochMilliseconds = date.getTime() - offsetMinutes * 60_000;
  const fraction = BigInt((match[7] ?? '').padEnd(9, '0'));

  return BigInt(epochMilliseconds) * NANOSECONDS_PER_MILLISECOND + fraction;
};
