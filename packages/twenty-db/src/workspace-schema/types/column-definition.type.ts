export type ColumnDefinition = {
  name: string;
  // Postgres type as written in DDL, without the array suffix:
  // `text`, `uuid`, `"workspace_x"."person_stage_enum"`, …
  baseType: string;
  isArray: boolean;
  isNullable: boolean;
  isPrimaryKey: boolean;
  defaultSql: string | null;
  generatedExpression: string | null;
  enumType: { name: string; values: string[] } | null;
};
