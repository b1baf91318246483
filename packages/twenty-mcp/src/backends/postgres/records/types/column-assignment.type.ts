// `"column" = <value SQL>` of an INSERT / UPDATE.
export type ColumnAssignment = {
  column: string;
  value: string;
};
