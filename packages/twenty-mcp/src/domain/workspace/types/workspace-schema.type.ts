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

// How records of an object (a note, a task) are linked to the records they
// are about: through a system junction object (noteTarget, taskTarget) with
// a many-to-one to the activity and a morph relation with one join column
// per target object. Derived from metadata, see buildActivityTargets.
export type ActivityTargetsSchema = {
  junctionObjectName: string;
  // The junction's join column to the activity, e.g. `noteId`.
  activityJoinColumn: string;
  // One per target object, e.g. { objectName: 'company', joinColumnName: 'targetCompanyId' }.
  targets: { objectName: string; joinColumnName: string }[];
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
  // Set on objects other records can be linked to through a junction object
  // (notes, tasks); null or absent otherwise.
  activityTargets?: ActivityTargetsSchema | null;
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
