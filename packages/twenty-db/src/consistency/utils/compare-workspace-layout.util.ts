import { escapeIdentifier } from 'pg';
import { computeTableName } from '@twenty-mcp/twenty-layout';

import { type FieldMetadataRow } from '../../metadata/types/field-metadata-row.type';
import {
  type WorkspaceIndex,
  type WorkspaceMetadata,
  type WorkspaceObject,
} from '../../metadata/types/workspace-metadata.type';
import { type ColumnDefinition } from '../../workspace-schema/types/column-definition.type';
import { computeFieldColumnDefinitions } from '../../workspace-schema/utils/compute-field-column-definitions.util';
import { computeForeignKeyName } from '../../workspace-schema/utils/compute-foreign-key-name.util';
import { computeIndexColumns } from '../../workspace-schema/utils/compute-index-columns.util';
import { getJoinColumnName } from '../../workspace-schema/utils/get-join-column-name.util';
import { type CheckWorkspaceLayoutOptions } from '../types/check-workspace-layout-options.type';
import { type LayoutIssue } from '../types/layout-issue.type';
import { type WorkspaceCatalog } from '../types/workspace-catalog.type';
import { extractReferencedColumnNames } from './extract-referenced-column-names.util';
import { normalizeColumnType } from './normalize-column-type.util';
import { normalizeDefaultExpression } from './normalize-default-expression.util';

type CatalogColumn = WorkspaceCatalog['columns'][number];
type CatalogConstraint = WorkspaceCatalog['constraints'][number];
type CatalogIndex = WorkspaceCatalog['indexes'][number];
type ExpectedColumn = { field: FieldMetadataRow; column: ColumnDefinition };
type Report = (issue: Omit<LayoutIssue, 'objectName'>) => void;

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, index) => item === b[index]);

const groupBy = <T>(items: readonly T[], key: (item: T) => string) => {
  const groups = new Map<string, T[]>();

  for (const item of items) {
    groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  }

  return groups;
};

const quoteList = (names: readonly string[]) =>
  names.map((name) => `"${name}"`).join(', ');

const expectedType = (column: ColumnDefinition) =>
  normalizeColumnType(`${column.baseType}${column.isArray ? '[]' : ''}`);

const compareColumn = ({
  field,
  expected,
  actual,
  tableColumnNames,
  options,
  report,
}: {
  field: FieldMetadataRow;
  expected: ColumnDefinition;
  actual: CatalogColumn;
  tableColumnNames: ReadonlySet<string>;
  options: CheckWorkspaceLayoutOptions;
  report: Report;
}) => {
  const fieldName = field.name;
  const column = `column "${expected.name}"`;
  const wantedType = expectedType(expected);
  const actualType = normalizeColumnType(actual.type);

  if (wantedType !== actualType) {
    report({
      fieldName,
      kind: 'WRONG_COLUMN_TYPE',
      message: `${column} is ${actualType}, expected ${wantedType}`,
    });
  }

  if (expected.isNullable === actual.isNotNull) {
    report({
      fieldName,
      kind: 'WRONG_NULLABILITY',
      message: expected.isNullable
        ? `${column} is NOT NULL, expected nullable`
        : `${column} is nullable, expected NOT NULL`,
    });
  }

  if (expected.generatedExpression !== null) {
    if (!actual.isGenerated) {
      report({
        fieldName,
        kind: 'NOT_GENERATED',
        message: `${column} is a plain column, expected GENERATED ALWAYS AS (…) STORED`,
      });
    } else {
      // Loose on purpose: pg_get_expr rewrites the expression beyond
      // recognition, but it must still read every column it should.
      const unread = extractReferencedColumnNames(
        expected.generatedExpression,
        tableColumnNames,
      ).filter((name) => !actual.referencedColumnNames.includes(name));

      if (unread.length > 0) {
        report({
          fieldName,
          kind: 'WRONG_GENERATED_EXPRESSION',
          message: `generated ${column} does not read ${quoteList(unread)}; it reads ${quoteList(actual.referencedColumnNames) || 'no column'}`,
        });
      }
    }

    return;
  }

  if (actual.isGenerated) {
    report({
      fieldName,
      kind: 'UNEXPECTED_GENERATED',
      message: `${column} is GENERATED ALWAYS AS (${actual.generationExpression ?? '?'}), expected a plain column`,
    });

    return;
  }

  if (
    options.strictDefaults &&
    normalizeDefaultExpression(expected.defaultSql) !==
      normalizeDefaultExpression(actual.defaultExpression)
  ) {
    report({
      fieldName,
      kind: 'WRONG_DEFAULT',
      message: `${column} defaults to ${actual.defaultExpression ?? 'nothing'}, expected ${expected.defaultSql ?? 'nothing'}`,
    });
  }
};

const compareEnum = ({
  field,
  enumType,
  catalog,
  report,
}: {
  field: FieldMetadataRow;
  enumType: NonNullable<ColumnDefinition['enumType']>;
  catalog: WorkspaceCatalog;
  report: Report;
}) => {
  const labels = catalog.enums.get(enumType.name);
  const qualifiedName = `${escapeIdentifier(catalog.schemaName)}.${escapeIdentifier(enumType.name)}`;

  if (!labels) {
    report({
      fieldName: field.name,
      kind: 'MISSING_ENUM',
      message: `enum type ${qualifiedName} does not exist`,
    });
  } else if (!sameList(labels, enumType.values)) {
    report({
      fieldName: field.name,
      kind: 'WRONG_ENUM_VALUES',
      message: `enum type ${qualifiedName} is (${labels.join(', ')}), expected (${enumType.values.join(', ')})`,
    });
  }
};

const compareForeignKey = ({
  field,
  tableName,
  joinColumnName,
  targetTableName,
  foreignKeys,
  schemaName,
  report,
}: {
  field: FieldMetadataRow;
  tableName: string;
  joinColumnName: string;
  targetTableName: string;
  foreignKeys: CatalogConstraint[];
  schemaName: string;
  report: Report;
}) => {
  const onDelete = String(field.settings?.onDelete ?? 'CASCADE');
  const expected = `${targetTableName}("id") ON DELETE ${onDelete}`;
  const candidates = foreignKeys.filter((constraint) =>
    sameList(constraint.columnNames, [joinColumnName]),
  );
  const describeKey = (constraint: CatalogConstraint) =>
    `${constraint.referencedSchemaName === schemaName ? '' : `${constraint.referencedSchemaName}.`}${constraint.referencedTableName}(${quoteList(constraint.referencedColumnNames)}) ON DELETE ${constraint.onDelete}`;

  if (candidates.length === 0) {
    report({
      fieldName: field.name,
      kind: 'MISSING_FOREIGN_KEY',
      message: `no foreign key on "${joinColumnName}", expected ${computeForeignKeyName({ tableName, columnName: joinColumnName })} REFERENCES ${expected}`,
    });

    return;
  }

  // Constraint names are not compared: only what the key enforces matters.
  const matches = candidates.some(
    (constraint) =>
      constraint.referencedSchemaName === schemaName &&
      constraint.referencedTableName === targetTableName &&
      sameList(constraint.referencedColumnNames, ['id']) &&
      constraint.onDelete === onDelete,
  );

  if (!matches) {
    report({
      fieldName: field.name,
      kind: 'WRONG_FOREIGN_KEY',
      message: `foreign key ${candidates[0].name} on "${joinColumnName}" references ${describeKey(candidates[0])}, expected ${expected}`,
    });
  }
};

const compareIndex = ({
  index,
  tableName,
  fieldsById,
  indexesByName,
  report,
}: {
  index: WorkspaceIndex;
  tableName: string;
  fieldsById: Map<string, FieldMetadataRow>;
  indexesByName: Map<string, CatalogIndex>;
  report: Report;
}) => {
  let columnNames: string[];

  try {
    ({ columnNames } = computeIndexColumns({
      indexFields: index.fields,
      fieldsById,
    }));
  } catch (error) {
    report({
      kind: 'BROKEN_INDEX_METADATA',
      message: `index ${index.name}: ${(error as Error).message} (missing or inactive)`,
    });

    return;
  }

  if (columnNames.length === 0) {
    report({
      kind: 'BROKEN_INDEX_METADATA',
      message: `index ${index.name} has no indexFieldMetadata rows`,
    });

    return;
  }

  const actual = indexesByName.get(index.name);

  if (!actual) {
    report({
      kind: 'MISSING_INDEX',
      message: `index ${index.name} (${index.isUnique ? 'UNIQUE ' : ''}${index.indexType} on ${quoteList(columnNames)}) does not exist`,
    });

    return;
  }

  const differences: string[] = [];
  const accessMethod = index.indexType.toLowerCase();
  const hasWhereClause = Boolean(index.indexWhereClause?.trim());

  if (actual.tableName !== tableName) {
    differences.push(`is on table "${actual.tableName}"`);
  }

  if (actual.isUnique !== index.isUnique) {
    differences.push(index.isUnique ? 'is not UNIQUE' : 'is UNIQUE');
  }

  if (actual.accessMethod !== accessMethod) {
    differences.push(`uses ${actual.accessMethod}, expected ${accessMethod}`);
  }

  if (!sameList(actual.columnNames, columnNames)) {
    differences.push(
      `covers (${quoteList(actual.columnNames)}), expected (${quoteList(columnNames)})`,
    );
  }

  if ((actual.whereClause !== null) !== hasWhereClause) {
    differences.push(
      hasWhereClause
        ? `has no WHERE clause, expected WHERE ${index.indexWhereClause}`
        : `has WHERE ${actual.whereClause}, expected none`,
    );
  }

  if (differences.length > 0) {
    report({
      kind: 'WRONG_INDEX',
      message: `index ${index.name} ${differences.join('; ')}`,
    });
  }
};

// Fields whose columns cannot be derived still explain the columns named
// after them (`name`, `nameFirstName`, `companyId`), to avoid a flood of
// UNEXPECTED_COLUMN on top of the BROKEN_FIELD_METADATA already reported.
const isNamedAfterField = (columnName: string, fieldName: string) =>
  columnName === fieldName ||
  (columnName.startsWith(fieldName) &&
    /^[A-Z]/.test(columnName.slice(fieldName.length)));

const compareObject = ({
  object,
  tableNameByObjectId,
  catalog,
  columnsByTable,
  constraintsByTable,
  indexesByName,
  options,
  issues,
}: {
  object: WorkspaceObject;
  tableNameByObjectId: Map<string, string>;
  catalog: WorkspaceCatalog;
  columnsByTable: Map<string, CatalogColumn[]>;
  constraintsByTable: Map<string, CatalogConstraint[]>;
  indexesByName: Map<string, CatalogIndex>;
  options: CheckWorkspaceLayoutOptions;
  issues: LayoutIssue[];
}) => {
  const report: Report = (issue) =>
    issues.push({ objectName: object.nameSingular, ...issue });
  const tableName = tableNameByObjectId.get(object.id)!;

  if (!catalog.tableNames.includes(tableName)) {
    report({
      kind: 'MISSING_TABLE',
      message: `table ${escapeIdentifier(catalog.schemaName)}.${escapeIdentifier(tableName)} does not exist`,
    });

    return;
  }

  const expectedByName = new Map<string, ExpectedColumn>();
  const uninterpretedFieldNames: string[] = [];

  for (const field of object.fields) {
    let columns: ColumnDefinition[];

    try {
      columns = computeFieldColumnDefinitions({
        schemaName: catalog.schemaName,
        tableName,
        field,
      });
    } catch (error) {
      uninterpretedFieldNames.push(field.name);
      report({
        fieldName: field.name,
        kind: 'BROKEN_FIELD_METADATA',
        message: `${field.type} field: ${(error as Error).message}`,
      });
      continue;
    }

    for (const column of columns) {
      const clash = expectedByName.get(column.name);

      if (clash) {
        report({
          fieldName: field.name,
          kind: 'BROKEN_FIELD_METADATA',
          message: `column "${column.name}" is also the column of field "${clash.field.name}"`,
        });
      } else {
        expectedByName.set(column.name, { field, column });
      }
    }
  }

  const actualByName = new Map(
    (columnsByTable.get(tableName) ?? []).map((column) => [
      column.name,
      column,
    ]),
  );
  const tableColumnNames = new Set(expectedByName.keys());
  const constraints = constraintsByTable.get(tableName) ?? [];

  for (const { field, column } of expectedByName.values()) {
    const actual = actualByName.get(column.name);

    if (column.enumType) {
      compareEnum({ field, enumType: column.enumType, catalog, report });
    }

    if (!actual) {
      report({
        fieldName: field.name,
        kind: 'MISSING_COLUMN',
        message: `column "${column.name}" (${expectedType(column)}) does not exist`,
      });
      continue;
    }

    compareColumn({
      field,
      expected: column,
      actual,
      tableColumnNames,
      options,
      report,
    });
  }

  const primaryKeyColumns = [...expectedByName.values()]
    .filter(({ column }) => column.isPrimaryKey)
    .map(({ column }) => column.name);
  const primaryKey = constraints.find(
    (constraint) => constraint.kind === 'PRIMARY_KEY',
  );

  if (
    primaryKeyColumns.length > 0 &&
    !sameList(primaryKey?.columnNames ?? [], primaryKeyColumns)
  ) {
    report({
      fieldName: expectedByName.get(primaryKeyColumns[0])?.field.name,
      kind: 'MISSING_PRIMARY_KEY',
      message: primaryKey
        ? `primary key ${primaryKey.name} is on (${quoteList(primaryKey.columnNames)}), expected (${quoteList(primaryKeyColumns)})`
        : `no primary key, expected one on (${quoteList(primaryKeyColumns)})`,
    });
  }

  for (const actual of actualByName.values()) {
    if (
      !expectedByName.has(actual.name) &&
      !uninterpretedFieldNames.some((fieldName) =>
        isNamedAfterField(actual.name, fieldName),
      )
    ) {
      report({
        kind: 'UNEXPECTED_COLUMN',
        message: `column "${actual.name}" (${normalizeColumnType(actual.type)}) belongs to no active field`,
      });
    }
  }

  const foreignKeys = constraints.filter(
    (constraint) => constraint.kind === 'FOREIGN_KEY',
  );

  for (const field of object.fields) {
    const joinColumnName = getJoinColumnName(field);
    const targetTableName = field.relationTargetObjectMetadataId
      ? tableNameByObjectId.get(field.relationTargetObjectMetadataId)
      : undefined;

    // A missing join column or target object is reported already.
    if (joinColumnName && targetTableName && actualByName.has(joinColumnName)) {
      compareForeignKey({
        field,
        tableName,
        joinColumnName,
        targetTableName,
        foreignKeys,
        schemaName: catalog.schemaName,
        report,
      });
    }
  }

  const fieldsById = new Map(object.fields.map((field) => [field.id, field]));

  for (const index of object.indexes) {
    compareIndex({ index, tableName, fieldsById, indexesByName, report });
  }
};

// Compares one workspace's metadata with what its schema holds. Pure: the
// catalog is read beforehand, so the rules can be tested without Postgres.
export const compareWorkspaceLayout = ({
  metadata,
  catalog,
  options = {},
}: {
  metadata: WorkspaceMetadata;
  catalog: WorkspaceCatalog;
  options?: CheckWorkspaceLayoutOptions;
}): LayoutIssue[] => {
  const issues: LayoutIssue[] = [];
  const tableNameByObjectId = new Map(
    metadata.objects.map((object) => [object.id, computeTableName(object)]),
  );
  const columnsByTable = groupBy(catalog.columns, (column) => column.tableName);
  const constraintsByTable = groupBy(
    catalog.constraints,
    (constraint) => constraint.tableName,
  );
  const indexesByName = new Map(
    catalog.indexes.map((index) => [index.name, index]),
  );

  for (const object of metadata.objects) {
    compareObject({
      object,
      tableNameByObjectId,
      catalog,
      columnsByTable,
      constraintsByTable,
      indexesByName,
      options,
      issues,
    });
  }

  if (options.reportUnexpectedTables) {
    const expectedTableNames = new Set(tableNameByObjectId.values());

    for (const tableName of catalog.tableNames) {
      if (!expectedTableNames.has(tableName)) {
        issues.push({
          objectName: tableName,
          kind: 'UNEXPECTED_TABLE',
          message: `table ${escapeIdentifier(catalog.schemaName)}.${escapeIdentifier(tableName)} belongs to no active object`,
        });
      }
    }
  }

  return issues;
};
