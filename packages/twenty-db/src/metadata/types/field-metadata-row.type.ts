import {
  type FieldMetadataType,
  type FieldOption,
} from '@twenty-mcp/twenty-layout';

export type FieldMetadataRow = {
  id: string;
  workspaceId: string;
  universalIdentifier: string;
  applicationId: string;
  objectMetadataId: string;
  type: FieldMetadataType;
  name: string;
  label: string;
  description: string | null;
  icon: string | null;
  defaultValue: unknown;
  options: FieldOption[] | null;
  settings: Record<string, unknown> | null;
  isActive: boolean;
  isSystem: boolean;
  isSystemSideEffect: boolean;
  isUIEditable: boolean;
  isNullable: boolean;
  writability: 'OPEN' | 'APPLICATION' | 'SYSTEM';
  relationTargetFieldMetadataId: string | null;
  relationTargetObjectMetadataId: string | null;
  morphId: string | null;
  createdAt: Date;
};
