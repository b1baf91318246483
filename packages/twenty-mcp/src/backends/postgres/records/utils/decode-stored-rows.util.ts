import {
  COMPOSITE_TYPE_DEFINITIONS,
  computeCompositeColumnName,
} from '@twenty-mcp/twenty-layout';

import { type StoredRecord } from '../../../../domain/records/types/stored-record.type';
import { type FieldSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { getFieldApiKey } from '../../../../domain/workspace/utils/get-field-api-key.util';
import { type DbRow } from '../types/db-row.type';
import { getFieldSelectColumns } from './get-field-select-columns.util';

// pg hands timestamptz over as a Date; a stored record carries ISO text.
const toStoredValue = (value: unknown): unknown =>
  value instanceof Date ? value.toISOString() : (value ?? null);

type FieldReader = (row: DbRow, record: Record<string, unknown>) => void;

// Where one field's values sit in a row read with getSelectionColumns.
const buildFieldReader = (field: FieldSchema): FieldReader | null => {
  const columns = new Set(
    getFieldSelectColumns(field).map(({ alias }) => alias),
  );
  const properties = COMPOSITE_TYPE_DEFINITIONS[field.type];

  if (columns.size === 0) {
    return null;
  }

  if (field.relation || !properties) {
    const key = getFieldApiKey(field);

    return (row, record) => {
      record[key] = toStoredValue(row[key]);
    };
  }

  const read = properties.flatMap(({ name }) => {
    const column = computeCompositeColumnName({
      fieldName: field.name,
      subFieldName: name,
    });

    return columns.has(column) ? [{ name, column }] : [];
  });

  return (row, record) => {
    record[field.name] = Object.fromEntries(
      read.map(({ name, column }) => [name, toStoredValue(row[column])]),
    );
  };
};

// Rows read with getSelectionColumns(fields) → stored records: plain
// fields and join columns by name, composite sub-columns nested under
// their field by Twenty's property names. The column plan is worked out
// once per field list, not per row.
export const decodeStoredRows = (
  fields: readonly FieldSchema[],
  rows: readonly DbRow[],
): StoredRecord[] => {
  if (rows.length === 0) {
    return [];
  }

  const readers = fields.flatMap((field) => buildFieldReader(field) ?? []);

  return rows.map((row) => {
    const record: Record<string, unknown> = { id: String(row.id) };

    for (const reader of readers) {
      reader(row, record);
    }

    return record as StoredRecord;
  });
};
