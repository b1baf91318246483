// One key column of an index: null `column` for an expression.
export type IndexColumn = {
  column: string | null;
  descending: boolean;
  nullsFirst: boolean;
};
