import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { type FieldSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { isStandardRecordField } from './is-standard-record-field.util';

const NEVER_SHOWN_TYPES = new Set<FieldMetadataType>([
  FieldMetadataType.TS_VECTOR,
  FieldMetadataType.POSITION,
]);

// Whether the record format shows a field at all, whatever the role: no
// search vectors or positions, and of the system fields only the standard
// ones (id, timestamps, actors).
export const isExposedField = (field: FieldSchema): boolean =>
  !NEVER_SHOWN_TYPES.has(field.type) &&
  (!field.isSystem || isStandardRecordField(field.name));
