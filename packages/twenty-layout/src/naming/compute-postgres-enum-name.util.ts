export const computePostgresEnumName = ({
  tableName,
  columnName,
}: {
  tableName: string;
  columnName: string;
}): string => `${tableName}_${columnName}_enum`;
