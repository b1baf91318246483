import { escapeIdentifier, escapeLiteral } from 'pg';
import { computeTableName } from '@twenty-mcp/twenty-layout';

import { type WorkspaceMetadata } from '../../metadata/types/workspace-metadata.type';
import { type ColumnDefinition } from '../types/column-definition.type';
import { computeFieldColumnDefinitions } from './compute-field-column-definitions.util';
import { computeForeignKeyName } from './compute-foreign-key-name.util';
import { computeIndexColumns } from './compute-index-columns.util';
import { getJoinColumnName } from './get-join-column-name.util';

const ON_DELETE_SQL: Record<string, string> = {
  CASCADE: 'CASCADE',
  SET_NULL: 'SET NULL',
  RESTRICT: 'RESTRICT',
  NO_ACTION: 'NO ACTION',
};

const columnSql = (column: ColumnDefinition): string =>
  [
    escapeIdentifier(column.name),
    `${column.baseType}${column.isArray ? '[]' : ''}`,
    column.generatedExpression
      ? `GENERATED ALWAYS AS (${column.generatedExpression}) STORED`
      : null,
    column.isPrimaryKey ? 'PRIMARY KEY' : null,
    column.isNullable ? null : 'NOT NULL',
    column.defaultSql ? `DEFAULT ${column.defaultSql}` : null,
  ]
    .filter((part) => part !== null)
    .join(' ');

export type TableStatement = {
  tableName: string;
  name: string;
  sql: string;
  // For foreign keys: the table they point at.
  referencedTableName?: string;
};

export type WorkspaceSchemaDdlPlan = {
  createSchema: string;
  enums: string[];
  tables: string[];
  foreignKeys: TableStatement[];
  indexes: TableStatement[];
};

// The statements that lay out one workspace schema from its metadata, grouped
// in the order Twenty's migration runner would run them: enums, tables,
// foreign keys (once every table exists), then indexes.
export const planWorkspaceSchemaDdl = ({
  schemaName,
  metadata,
}: {
  schemaName: string;
  metadata: WorkspaceMetadata;
}): WorkspaceSchemaDdlPlan => {
  const schema = escapeIdentifier(schemaName);
  const tableNameByObjectId = new Map(
    metadata.objects.map((object) => [
      object.id,
      computeTableName({
        nameSingular: object.nameSingular,
        isCustom: object.isCustom,
      }),
    ]),
  );
  const tableOf = (objectId: string | null) => {
    const tableName = objectId ? tableNameByObjectId.get(objectId) : null;

    if (!tableName) {
      throw new Error(
        `No object ${objectId} in workspace ${metadata.workspaceId}`,
      );
    }

    return tableName;
  };
  const enums: string[] = [];
  const tables: string[] = [];
  const foreignKeys: TableStatement[] = [];
  const indexes: TableStatement[] = [];

  for (const object of metadata.objects) {
    const tableName = tableOf(object.id);
    const table = `${schema}.${escapeIdentifier(tableName)}`;
    const columns = object.fields.flatMap((field) =>
      computeFieldColumnDefinitions({ schemaName, tableName, field }),
    );

    for (const { enumType } of columns) {
      if (enumType) {
        enums.push(
          `CREATE TYPE ${schema}.${escapeIdentifier(enumType.name)} AS ENUM (${enumType.values
            .map(escapeLiteral)
            .join(', ')})`,
        );
      }
    }

    tables.push(
      `CREATE TABLE ${table} (\n  ${columns.map(columnSql).join(',\n  ')}\n)`,
    );

    for (const field of object.fields) {
      const joinColumnName = getJoinColumnName(field);

      if (!joinColumnName) {
        continue;
      }

      const onDelete = String(field.settings?.onDelete ?? 'CASCADE');

      if (!ON_DELETE_SQL[onDelete]) {
        throw new Error(
          `${tableName}.${field.name}: unknown onDelete ${onDelete}`,
        );
      }

      const name = computeForeignKeyName({
        tableName,
        columnName: joinColumnName,
      });
      const referencedTableName = tableOf(field.relationTargetObjectMetadataId);

      foreignKeys.push({
        tableName,
        name,
        referencedTableName,
        sql: `ALTER TABLE ${table} ADD CONSTRAINT ${escapeIdentifier(name)} FOREIGN KEY (${escapeIdentifier(joinColumnName)}) REFERENCES ${schema}.${escapeIdentifier(referencedTableName)} ("id") ON DELETE ${ON_DELETE_SQL[onDelete]}`,
      });
    }

    const fieldsById = new Map(object.fields.map((field) => [field.id, field]));

    for (const index of object.indexes) {
      const { columnNames } = computeIndexColumns({
        indexFields: index.fields,
        fieldsById,
      });

      indexes.push({
        tableName,
        name: index.name,
        sql: [
          `CREATE ${index.isUnique ? 'UNIQUE ' : ''}INDEX ${escapeIdentifier(index.name)}`,
          `ON ${table}`,
          index.indexType === 'GIN' ? 'USING GIN' : null,
          `(${columnNames.map(escapeIdentifier).join(', ')})`,
          index.indexWhereClause ? `WHERE ${index.indexWhereClause}` : null,
        ]
          .filter((part) => part !== null)
          .join(' '),
      });
    }
  }

  return {
    createSchema: `CREATE SCHEMA ${schema}`,
    enums,
    tables,
    foreignKeys,
    indexes,
  };
};

export const generateWorkspaceSchemaDdl = (
  input: Parameters<typeof planWorkspaceSchemaDdl>[0],
): string[] => {
  const plan = planWorkspaceSchemaDdl(input);

  return [
    plan.createSchema,
    ...plan.enums,
    ...plan.tables,
    ...plan.foreignKeys.map((statement) => statement.sql),
    ...plan.indexes.map((statement) => statement.sql),
  ];
};
