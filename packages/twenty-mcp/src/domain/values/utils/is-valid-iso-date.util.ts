const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

// `YYYY-MM-DD` naming a real calendar day (no 2026-02-30).
export const isValidIsoDate = (value: string): boolean => {
  const match = DATE_PATTERN.exec(value);

  if (!match) {
    return false;
  }

  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));

  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
};
