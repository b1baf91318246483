// timestamptz from pg (a Date, or text if a host changed the parser) →
// `2026-11-24T09:30:00.000Z`.
export const toIsoDateTime = (value: unknown): string | null => {
  if (value === null || value === undefined) {
    return null;
  }

  const date = value instanceof Date ? value : new Date(String(value));

  return Number.isNaN(date.getTime()) ? String(value) : date.toISOString();
};
