import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { type FieldSchema } from '../types/workspace-schema.type';

// record-format.md: TS_VECTOR and POSITION are never shown.
export const isHiddenField = (field: FieldSchema): boolean =>
  field.type === FieldMetadataType.TS_VECTOR ||
  field.type === FieldMetadataType.POSITION;
