import { escapeIdentifier, type ClientBase } from 'pg';

import { ON_DELETE_ACTION_BY_PG_CODE } from '../constants/on-delete-action-by-pg-code.const';
import { type WorkspaceCatalog } from '../types/workspace-catalog.type';

type ColumnRow = {
  tableName: string;
  name: string;
  isNotNull: boolean;
  isGenerated: boolean;
  isArray: boolean;
  typeSchema: string;
  typeName: string;
  formattedBaseType: string;
  defaultExpression: string | null;
  generationExpression: string | null;
  referencedColumnNames: string[];
};

type ConstraintRow = {
  name: string;
  type: 'p' | 'f';
  tableName: string;
  columnNames: string[];
  referencedSchemaName: string | null;
  referencedTableName: string | null;
  referencedColumnNames: string[];
  onDeleteCode: string;
};

// Ordinary and partitioned tables; partitions belong to their parent.
const TABLES_SQL = `
  SELECT c.relname AS "tableName"
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition
   ORDER BY c.relname`;

// The element type of an array column is described separately so enum
// arrays can be named from the catalog. A generated column's expression
// depends (pg_depend, from its pg_attrdef row) on each column it reads.
const COLUMNS_SQL = `
  SELECT c.relname AS "tableName",
         a.attname AS "name",
         a.attnotnull AS "isNotNull",
         a.attgenerated <> '' AS "isGenerated",
         t.typcategory = 'A' AND t.typelem <> 0 AS "isArray",
         bn.nspname AS "typeSchema",
         bt.typname AS "typeName",
         format_type(bt.oid, a.atttypmod) AS "formattedBaseType",
         CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END AS "defaultExpression",
         CASE WHEN a.attgenerated <> '' THEN pg_get_expr(d.adbin, d.adrelid) END AS "generationExpression",
         ARRAY(
           SELECT ra.attname::text
             FROM pg_depend dep
             JOIN pg_attribute ra ON ra.attrelid = dep.refobjid AND ra.attnum = dep.refobjsubid
            WHERE a.attgenerated <> ''
              AND dep.classid = 'pg_attrdef'::regclass
              AND dep.objid = d.oid
              AND dep.refclassid = 'pg_class'::regclass
              AND dep.refobjid = a.attrelid
              AND dep.refobjsubid > 0
              AND dep.refobjsubid <> a.attnum
            ORDER BY ra.attnum
         ) AS "referencedColumnNames"
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_type t ON t.oid = a.atttypid
    JOIN pg_type bt ON bt.oid = CASE WHEN t.typcategory = 'A' AND t.typelem <> 0 THEN t.typelem ELSE t.oid END
    JOIN pg_namespace bn ON bn.oid = bt.typnamespace
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
   WHERE n.nspname = $1
     AND c.relkind IN ('r', 'p')
     AND NOT c.relispartition
     AND a.attnum > 0
     AND NOT a.attisdropped
   ORDER BY c.relname, a.attnum`;

const ENUMS_SQL = `
  SELECT t.typname AS "name",
         COALESCE(
           array_agg(e.enumlabel::text ORDER BY e.enumsortorder)
             FILTER (WHERE e.enumlabel IS NOT NULL),
           '{}'
         ) AS "labels"
    FROM pg_type t
    JOIN pg_namespace n ON n.oid = t.typnamespace
    LEFT JOIN pg_enum e ON e.enumtypid = t.oid
   WHERE n.nspname = $1 AND t.typtype = 'e'
   GROUP BY t.typname`;

const CONSTRAINTS_SQL = `
  SELECT con.conname AS "name",
         con.contype AS "type",
         c.relname AS "tableName",
         ARRAY(
           SELECT a.attname::text
             FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
            ORDER BY k.ord
         ) AS "columnNames",
         rn.nspname AS "referencedSchemaName",
         rc.relname AS "referencedTableName",
         ARRAY(
           SELECT a.attname::text
             FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
             JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
            ORDER BY k.ord
         ) AS "referencedColumnNames",
         con.confdeltype AS "onDeleteCode"
    FROM pg_constraint con
    JOIN pg_class c ON c.oid = con.conrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_class rc ON rc.oid = con.confrelid
    LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
   WHERE n.nspname = $1 AND con.contype IN ('p', 'f')
   ORDER BY c.relname, con.conname`;

// Key columns only (INCLUDE columns come after indnkeyatts); expression
// keys are written out by pg_get_indexdef.
const INDEXES_SQL = `
  SELECT ic.relname AS "name",
         c.relname AS "tableName",
         x.indisunique AS "isUnique",
         x.indisprimary AS "isPrimary",
         am.amname AS "accessMethod",
         ARRAY(
           SELECT COALESCE(a.attname::text, pg_get_indexdef(x.indexrelid, k.ord::int, true))
             FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
             LEFT JOIN pg_attribute a
               ON k.attnum <> 0 AND a.attrelid = x.indrelid AND a.attnum = k.attnum
            WHERE k.ord <= x.indnkeyatts
            ORDER BY k.ord
         ) AS "columnNames",
         pg_get_expr(x.indpred, x.indrelid) AS "whereClause"
    FROM pg_index x
    JOIN pg_class ic ON ic.oid = x.indexrelid
    JOIN pg_class c ON c.oid = x.indrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_am am ON am.oid = ic.relam
   WHERE n.nspname = $1
   ORDER BY ic.relname`;

// Reads what one schema physically holds in a fixed number of set-based,
// read-only catalog queries, whatever its size. Null when the schema does
// not exist.
export const readWorkspaceCatalog = async (
  client: ClientBase,
  schemaName: string,
): Promise<WorkspaceCatalog | null> => {
  const schema = await client.query(
    `SELECT 1 FROM pg_namespace WHERE nspname = $1`,
    [schemaName],
  );

  if (schema.rowCount === 0) {
    return null;
  }

  const tables = await client.query<{ tableName: string }>(TABLES_SQL, [
    schemaName,
  ]);
  const columns = await client.query<ColumnRow>(COLUMNS_SQL, [schemaName]);
  const enums = await client.query<{ name: string; labels: string[] }>(
    ENUMS_SQL,
    [schemaName],
  );
  const constraints = await client.query<ConstraintRow>(CONSTRAINTS_SQL, [
    schemaName,
  ]);
  const indexes = await client.query<WorkspaceCatalog['indexes'][number]>(
    INDEXES_SQL,
    [schemaName],
  );

  return {
    schemaName,
    tableNames: tables.rows.map((row) => row.tableName),
    columns: columns.rows.map(
      ({ isArray, typeSchema, typeName, formattedBaseType, ...column }) => ({
        ...column,
        // format_type() leaves out the schema of types on the search_path,
        // so only builtins are taken from it.
        type: `${
          typeSchema === 'pg_catalog'
            ? formattedBaseType
            : `${escapeIdentifier(typeSchema)}.${escapeIdentifier(typeName)}`
        }${isArray ? '[]' : ''}`,
      }),
    ),
    enums: new Map(enums.rows.map((row) => [row.name, row.labels])),
    constraints: constraints.rows.map(
      ({ type, onDeleteCode, ...constraint }) => ({
        ...constraint,
        kind: type === 'p' ? 'PRIMARY_KEY' : 'FOREIGN_KEY',
        onDelete:
          type === 'f'
            ? (ON_DELETE_ACTION_BY_PG_CODE[onDeleteCode] ?? onDeleteCode)
            : null,
      }),
    ),
    indexes: indexes.rows,
  };
};
