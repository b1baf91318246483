import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { type FieldSchema } from '../../domain/workspace/types/workspace-schema.type';

// The generated search vector and the manual ordering column are internal.
export const isApiField = (field: FieldSchema): boolean =>
  field.type !== FieldMetadataType.TS_VECTOR &&
  field.type !== FieldMetadataType.POSITION;
