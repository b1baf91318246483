import {
  type FieldMetadataType,
  type FieldOption,
  type RelationOnDeleteAction,
} from '@twenty-mcp/twenty-layout';

export type RelationSchema = {
  // MANY_TO_ONE owns the join column; ONE_TO_MANY is the inverse list.
  direction: 'MANY_TO_ONE' | 'ONE_TO_MANY';
  targetObjectName: string;
  targetFieldName: string | null;
  joinColumnName: string | null;
  onDelete: RelationOnDeleteAction | null;
  // Set on MORPH_RELATION rows: all rows of one morph field share it.
  morphId: string | null;
};

export type FieldSchema = {
  id: string;
  name: string;
  label: string;
  description: string | null;
  type: FieldMetadataType;
  isNullable: boolean;
  isSystem: boolean;
  isUIEditable: boolean;
  defaultValue: unknown;
  options: FieldOption[] | null;
  settings: Record<string, unknown> | null;
  relation: RelationSchema | null;
};

export type ObjectSchema = {
  id: string;
  nameSingular: string;
  namePlural: string;
  labelSingular: string;
  labelPlural: string;
  description: string | null;
  icon: string | null;
  isCustom: boolean;
  isSystem: boolean;
  isSearchable: boolean;
  labelIdentifierFieldName: string | null;
  imageIdentifierFieldName: string | null;
  // Physical table in the workspace schema; only adapters and query/ use it.
  tableName: string;
  fields: FieldSchema[];
};

// Everything the MCP layer knows about one workspace's data model, as of
// one metadata version.
export type WorkspaceSchema = {
  workspaceId: string;
  workspaceName: string;
  metadataVersion: number;
  schemaName: string;
  objects: ObjectSchema[];
};
