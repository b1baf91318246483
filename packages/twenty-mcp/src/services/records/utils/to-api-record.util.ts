import { isCompositeFieldType } from '@twenty-mcp/twenty-layout';

import { type ApiRecord } from '../../../domain/records/types/api-record.type';
import { type StoredRecord } from '../../../domain/records/types/stored-record.type';
import { type FieldSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { getFieldApiKey } from '../../../domain/workspace/utils/get-field-api-key.util';
import { isHiddenField } from '../../../domain/workspace/utils/is-hidden-field.util';
import { isManyToOneField } from '../../../domain/workspace/utils/is-many-to-one-field.util';
import { decodeCompositeValue } from './decode-composite-value.util';
import { decodeScalarValue } from './decode-scalar-value.util';

// A stored record → the API record with exactly `fields` (the selection
// already left out what the caller may not read).
export const toApiRecord = (
  fields: readonly FieldSchema[],
  stored: StoredRecord,
): ApiRecord => {
  // `id` is always part of a selection.
  const record: Record<string, unknown> = { id: stored.id };

  for (const field of fields) {
    if (isHiddenField(field) || (field.relation && !isManyToOneField(field))) {
      continue;
    }

    const key = getFieldApiKey(field);

    record[key] = field.relation
      ? (stored[key] ?? null)
      : isCompositeFieldType(field.type)
        ? decodeCompositeValue(field, stored[field.name])
        : decodeScalarValue(field.type, stored[field.name]);
  }

  return record as ApiRecord;
};
