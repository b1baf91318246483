export type LayoutIssueKind =
  // The schema named by core.workspace."databaseSchema" does not exist.
  | 'MISSING_SCHEMA'
  // core.workspace."databaseSchema" is not workspace_<base36 of the id>
  // (or is NULL); the stored name is still the one inspected.
  | 'SCHEMA_NAME_MISMATCH'
  // An active object has no table.
  | 'MISSING_TABLE'
  // A table no active object explains (only with reportUnexpectedTables,
  // since real Twenty databases keep tables of objects we do not model).
  | 'UNEXPECTED_TABLE'
  // A column a field row stands for is absent.
  | 'MISSING_COLUMN'
  // A physical column no active field row explains.
  | 'UNEXPECTED_COLUMN'
  // Base type, enum type or array-ness differs.
  | 'WRONG_COLUMN_TYPE'
  // NOT NULL present where the field is nullable, or the reverse.
  | 'WRONG_NULLABILITY'
  // Default expression differs (only with strictDefaults).
  | 'WRONG_DEFAULT'
  // The `id` column is not the table's primary key.
  | 'MISSING_PRIMARY_KEY'
  // The enum type a SELECT / MULTI_SELECT / RATING / ACTOR column needs is
  // absent from the workspace schema.
  | 'MISSING_ENUM'
  // The enum type's labels differ from the options, in value or order.
  | 'WRONG_ENUM_VALUES'
  // A TS_VECTOR column is a plain column instead of GENERATED ... STORED.
  | 'NOT_GENERATED'
  // A generated column does not read every column its metadata expression
  // reads.
  | 'WRONG_GENERATED_EXPRESSION'
  // A column is generated although its field does not say so.
  | 'UNEXPECTED_GENERATED'
  // A MANY_TO_ONE join column has no foreign key.
  | 'MISSING_FOREIGN_KEY'
  // The join column's foreign key targets another table or column, or has
  // another ON DELETE action than settings.onDelete.
  | 'WRONG_FOREIGN_KEY'
  // An indexMetadata row has no physical index of that name.
  | 'MISSING_INDEX'
  // The physical index differs in table, uniqueness, access method, columns
  // or WHERE clause presence.
  | 'WRONG_INDEX'
  // Relation rows that do not form a pair, point at inactive or missing
  // objects or fields, or a MORPH_RELATION without a morphId.
  | 'BROKEN_RELATION_METADATA'
  // A field row no column layout can be derived from (unknown type, SELECT
  // without options, TS_VECTOR without asExpression, column name clash).
  | 'BROKEN_FIELD_METADATA'
  // An index row whose fields are missing or inactive.
  | 'BROKEN_INDEX_METADATA';
