import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { type FieldSchema } from '../../../../domain/workspace/types/workspace-schema.type';

// A field with neutral defaults, for table-driven specs.
export const fieldSchema = (overrides: Partial<FieldSchema>): FieldSchema => ({
  id: '00000000-0000-4000-8000-0000000000f1',
  name: 'field',
  label: 'Field',
  description: null,
  type: FieldMetadataType.TEXT,
  isNullable: true,
  isSystem: false,
  isUIEditable: true,
  defaultValue: null,
  options: null,
  settings: null,
  relation: null,
  ...overrides,
});
