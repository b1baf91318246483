import { type FieldOption } from '@twenty-mcp/twenty-layout';

// The core."fieldMetadata" columns the adapter reads (Twenty v2).
export type CoreFieldRow = {
  id: string;
  objectMetadataId: string;
  type: string;
  name: string;
  label: string;
  description: string | null;
  defaultValue: unknown;
  options: FieldOption[] | null;
  settings: Record<string, unknown> | null;
  isActive: boolean;
  isSystem: boolean;
  isUIEditable: boolean;
  isNullable: boolean | null;
  relationTargetFieldMetadataId: string | null;
  relationTargetObjectMetadataId: string | null;
  morphId: string | null;
};
