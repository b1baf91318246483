// The required tables and columns absent from `present` (names as
// "table" and "table.column"), as core."table" / core."table"."column". A
// missing table is named once, not once per column.
export const findMissingLayout = (
  required: Record<string, readonly string[]>,
  present: ReadonlySet<string>,
): string[] =>
  Object.entries(required).flatMap(([table, columns]) =>
    present.has(table)
      ? columns
          .filter((column) => !present.has(`${table}.${column}`))
          .map((column) => `core."${table}"."${column}"`)
      : [`core."${table}"`],
  );
