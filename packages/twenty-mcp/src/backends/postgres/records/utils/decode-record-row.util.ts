import { isCompositeFieldType } from '@twenty-mcp/twenty-layout';

import { type FieldSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { type ApiRecord } from '../../../../domain/records/types/api-record.type';
import { type DbRow } from '../../../../domain/records/types/db-row.type';
import { decodeCompositeValue } from './decode-composite-value.util';
import { decodeScalarValue } from './decode-scalar-value.util';
import { getFieldApiKey } from '../../../../domain/workspace/utils/get-field-api-key.util';
import { isHiddenField } from '../../../../domain/workspace/utils/is-hidden-field.util';
import { isManyToOneField } from '../../../../domain/workspace/utils/is-many-to-one-field.util';

// A row → the API record with exactly `fields` (the selection already
// left out what the caller may not read).
export const decodeRecordRow = (
  fields: readonly FieldSchema[],
  row: DbRow,
): ApiRecord => {
  // `id` is always part of a selection.
  const record: Record<string, unknown> = { id: row.id };

  for (const field of fields) {
    if (isHiddenField(field) || (field.relation && !isManyToOneField(field))) {
      continue;
    }

    const key = getFieldApiKey(field);

    record[key] = field.relation
      ? (row[key] ?? null)
      : isCompositeFieldType(field.type)
        ? decodeCompositeValue(field, row)
        : decodeScalarValue(field.type, row[field.name]);
  }

  return record as ApiRecord;
};
