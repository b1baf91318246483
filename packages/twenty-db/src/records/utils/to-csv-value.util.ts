const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;

const arrayLiteral = (items: unknown[]): string =>
  `{${items
    .map((item) =>
      item === null || item === undefined
        ? 'NULL'
        : `"${String(item).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`,
    )
    .join(',')}}`;

// One value of a COPY … (FORMAT csv) row. An unquoted empty field is NULL, a
// quoted empty string is ''. jsonb columns get JSON text even for arrays;
// other arrays become Postgres array literals.
export const toCsvValue = (value: unknown, isJsonb: boolean): string => {
  if (value === null || value === undefined) {
    return '';
  }

  if (isJsonb) {
    return quote(JSON.stringify(value));
  }

  if (value instanceof Date) {
    return value.toISOString();
  }

  if (Array.isArray(value)) {
    return quote(arrayLiteral(value));
  }

  if (typeof value === 'object') {
    return quote(JSON.stringify(value));
  }

  return typeof value === 'string' ? quote(value) : String(value);
};
