import { type FieldMetadataRow } from './field-metadata-row.type';
import { type IndexFieldMetadataRow } from './index-field-metadata-row.type';
import { type IndexMetadataRow } from './index-metadata-row.type';
import { type ObjectMetadataRow } from './object-metadata-row.type';

export type WorkspaceIndex = IndexMetadataRow & {
  fields: IndexFieldMetadataRow[];
};

// One object with everything needed to lay out its table: custom objects
// (not owned by Twenty's standard application) get the `_` table prefix.
export type WorkspaceObject = ObjectMetadataRow & {
  isCustom: boolean;
  fields: FieldMetadataRow[];
  indexes: WorkspaceIndex[];
};

export type WorkspaceMetadata = {
  workspaceId: string;
  objects: WorkspaceObject[];
};
