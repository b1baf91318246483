import {
  FieldMetadataType,
  isCompositeFieldType,
} from '@twenty-mcp/twenty-layout';

import { type FieldSchema } from '../types/workspace-schema.type';

// Composite fields whose sub-fields are addressed by name; RICH_TEXT is
// composite in storage but a single markdown value in the API.
export const isCompositeLeafField = (field: FieldSchema): boolean =>
  isCompositeFieldType(field.type) &&
  field.type !== FieldMetadataType.RICH_TEXT;
