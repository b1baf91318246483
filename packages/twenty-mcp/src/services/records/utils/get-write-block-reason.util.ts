import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { type FieldSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { READ_ONLY_FIELD_NAMES } from '../../../domain/records/constants/read-only-field-names.const';
import { isOneToManyField } from '../../../domain/workspace/utils/is-one-to-many-field.util';

// Why no API write may set this field, or null when it can be written.
export const getWriteBlockReason = (field: FieldSchema): string | null => {
  if (
    READ_ONLY_FIELD_NAMES.has(field.name) ||
    field.type === FieldMetadataType.ACTOR
  ) {
    return 'it is maintained by the server';
  }

  if (field.type === FieldMetadataType.FILES) {
    return 'files cannot be uploaded through this API';
  }

  if (isOneToManyField(field)) {
    const inverse = field.relation?.targetFieldName;

    return `it is a one-to-many relation; set "${inverse}Id" on the ${field.relation?.targetObjectName} records instead`;
  }

  return field.type === FieldMetadataType.TS_VECTOR ||
    field.type === FieldMetadataType.POSITION
    ? 'it is maintained by the server'
    : null;
};
