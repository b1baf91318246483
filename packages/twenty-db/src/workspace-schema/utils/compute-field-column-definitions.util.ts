import { escapeIdentifier } from 'pg';
import {
  COMPOSITE_TYPE_DEFINITIONS,
  computeCompositeColumnName,
  computePostgresEnumName,
  FieldMetadataType,
} from '@twenty-mcp/twenty-layout';

import { type FieldMetadataRow } from '../../metadata/types/field-metadata-row.type';
import { type ColumnDefinition } from '../types/column-definition.type';
import {
  ARRAY_FIELD_TYPES,
  ENUM_FIELD_TYPES,
  fieldMetadataTypeToColumnType,
} from './field-metadata-type-to-column-type.util';
import {
  getJoinColumnName,
  isRelationField,
} from './get-join-column-name.util';
import { serializeDefaultValue } from './serialize-default-value.util';

type SimpleColumnInput = {
  schemaName: string;
  tableName: string;
  columnName: string;
  type: FieldMetadataType;
  isNullable: boolean;
  defaultValue: unknown;
  enumValues: string[] | null;
};

const simpleColumn = ({
  schemaName,
  tableName,
  columnName,
  type,
  isNullable,
  defaultValue,
  enumValues,
}: SimpleColumnInput): ColumnDefinition => {
  const isArray = ARRAY_FIELD_TYPES.has(type);
  let enumType: ColumnDefinition['enumType'] = null;
  let baseType: string;

  if (ENUM_FIELD_TYPES.has(type)) {
    if (!enumValues || enumValues.length === 0) {
      throw new Error(
        `${tableName}.${columnName}: a ${type} field needs at least one option`,
      );
    }

    const enumName = computePostgresEnumName({ tableName, columnName });

    enumType = { name: enumName, values: enumValues };
    baseType = `${escapeIdentifier(schemaName)}.${escapeIdentifier(enumName)}`;
  } else {
    baseType = fieldMetadataTypeToColumnType(type);
  }

  return {
    name: columnName,
    baseType,
    isArray,
    isNullable,
    isPrimaryKey: false,
    defaultSql: serializeDefaultValue({
      defaultValue,
      castType: baseType,
      isArray,
      context: `${tableName}.${columnName}`,
    }),
    generatedExpression: null,
    enumType,
  };
};

// The physical columns one field metadata row stands for, in order.
export const computeFieldColumnDefinitions = ({
  schemaName,
  tableName,
  field,
}: {
  schemaName: string;
  tableName: string;
  field: FieldMetadataRow;
}): ColumnDefinition[] => {
  if (isRelationField(field)) {
    const joinColumnName = getJoinColumnName(field);

    return joinColumnName
      ? [
          {
            name: joinColumnName,
            baseType: 'uuid',
            isArray: false,
            isNullable: true,
            isPrimaryKey: false,
            defaultSql: null,
            generatedExpression: null,
            enumType: null,
          },
        ]
      : [];
  }

  if (field.type === FieldMetadataType.TS_VECTOR) {
    const expression = field.settings?.asExpression;

    if (typeof expression !== 'string') {
      throw new Error(
        `${tableName}.${field.name}: a TS_VECTOR field needs settings.asExpression`,
      );
    }

    return [
      {
        name: field.name,
        baseType: 'tsvector',
        isArray: false,
        isNullable: true,
        isPrimaryKey: false,
        defaultSql: null,
        generatedExpression: expression,
        enumType: null,
      },
    ];
  }

  const compositeProperties = COMPOSITE_TYPE_DEFINITIONS[field.type];

  if (compositeProperties) {
    const defaults = (field.defaultValue ?? {}) as Record<string, unknown>;

    return compositeProperties.map((property) =>
      simpleColumn({
        schemaName,
        tableName,
        columnName: computeCompositeColumnName({
          fieldName: field.name,
          subFieldName: property.name,
        }),
        type: property.type,
        isNullable: field.isNullable || !property.isRequired,
        defaultValue: defaults[property.name],
        enumValues: property.options ? [...property.options] : null,
      }),
    );
  }

  const column = simpleColumn({
    schemaName,
    tableName,
    columnName: field.name,
    type: field.type,
    isNullable: field.isNullable,
    defaultValue: field.defaultValue,
    enumValues: field.options?.map((option) => option.value) ?? null,
  });

  return [
    field.name === 'id'
      ? { ...column, isPrimaryKey: true, isNullable: false }
      : column,
  ];
};
