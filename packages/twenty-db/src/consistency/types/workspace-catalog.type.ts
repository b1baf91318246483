type CatalogColumn = {
  tableName: string;
  name: string;
  // Comparable with a ColumnDefinition's type once both are normalised:
  // builtins as format_type() writes them, other types schema-qualified
  // from the catalog (format_type drops the schema of types on the
  // search_path), `[]` for arrays.
  type: string;
  isNotNull: boolean;
  isGenerated: boolean;
  defaultExpression: string | null;
  generationExpression: string | null;
  // Columns a generated column's expression reads, from pg_depend.
  referencedColumnNames: string[];
};

type CatalogConstraint = {
  name: string;
  kind: 'PRIMARY_KEY' | 'FOREIGN_KEY';
  tableName: string;
  columnNames: string[];
  referencedSchemaName: string | null;
  referencedTableName: string | null;
  referencedColumnNames: string[];
  // settings.onDelete spelling (CASCADE, SET_NULL, …); null for primary keys.
  onDelete: string | null;
};

type CatalogIndex = {
  name: string;
  tableName: string;
  isUnique: boolean;
  isPrimary: boolean;
  accessMethod: string;
  // Key columns in order; expressions as pg_get_indexdef writes them.
  columnNames: string[];
  whereClause: string | null;
};

// What one workspace schema physically holds, read in a few catalog queries.
export type WorkspaceCatalog = {
  schemaName: string;
  tableNames: string[];
  columns: CatalogColumn[];
  // Labels in enumsortorder, by type name.
  enums: Map<string, string[]>;
  constraints: CatalogConstraint[];
  indexes: CatalogIndex[];
};
