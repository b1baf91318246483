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

// A row read with getSelectionColumns(fields) → the stored record: plain
// fields and join columns by name, composite sub-columns nested under
// their field by Twenty's property names.
export const decodeStoredRow = (
  fields: readonly FieldSchema[],
  row: DbRow,
): StoredRecord => {
  const record: Record<string, unknown> = { id: String(row.id) };

  for (const field of fields) {
    const columns = new Set(
      getFieldSelectColumns(field).map(({ alias }) => alias),
    );
    const properties = COMPOSITE_TYPE_DEFINITIONS[field.type];

    if (columns.size === 0) {
      continue;
    }

    if (field.relation || !properties) {
      const key = getFieldApiKey(field);

      record[key] = toStoredValue(row[key]);
      continue;
    }

    record[field.name] = Object.fromEntries(
      properties.flatMap(({ name }) => {
        const column = computeCompositeColumnName({
          fieldName: field.name,
          subFieldName: name,
        });

        return columns.has(column) ? [[name, toStoredValue(row[column])]] : [];
      }),
    );
  }

  return record as StoredRecord;
};
