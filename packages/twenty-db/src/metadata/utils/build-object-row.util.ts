import { type ObjectDescription } from '../types/object-description.type';
import { type WorkspaceObject } from '../types/workspace-metadata.type';

// An object's core."objectMetadata" row, before fields and indexes are known.
export const buildObjectRow = ({
  description,
  id,
  workspaceId,
  applicationId,
  createdAt,
}: {
  description: ObjectDescription;
  id: string;
  workspaceId: string;
  applicationId: string;
  createdAt: Date;
}): WorkspaceObject => ({
  id,
  workspaceId,
  universalIdentifier: description.universalIdentifier ?? id,
  applicationId,
  nameSingular: description.nameSingular,
  namePlural: description.namePlural,
  labelSingular: description.labelSingular,
  labelPlural: description.labelPlural,
  description: description.description ?? null,
  icon: description.icon ?? null,
  targetTableName: 'DEPRECATED',
  isActive: true,
  isSystem: description.isSystem ?? false,
  isRemote: false,
  isSearchable: description.isSearchable ?? false,
  isAuditLogged: description.isAuditLogged ?? true,
  isUICreatable: description.isUICreatable ?? true,
  shortcut: description.shortcut ?? null,
  duplicateCriteria: description.duplicateCriteria ?? null,
  labelIdentifierFieldMetadataId: null,
  imageIdentifierFieldMetadataId: null,
  createdAt,
  isCustom: description.isCustom,
  fields: [],
  indexes: [],
});
