// How a nested record (composite fields as objects, relations by join
// column) maps onto one table's columns.
export type RecordColumnLayout = {
  tableName: string;
  // field name → sub-field name → column, for composite fields
  compositeColumns: Map<string, Map<string, string>>;
  // plain field names and join column names that are columns as they are
  plainColumns: Set<string>;
  jsonbColumns: Set<string>;
  // columns that are generated and must never be written
  generatedColumns: Set<string>;
};
