// float8 arrives as a number, numeric as text; both become a number.
export const toNullableNumber = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value);
