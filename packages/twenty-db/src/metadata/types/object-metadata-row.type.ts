// The core."objectMetadata" columns twenty-db writes and reads; the others
// keep Twenty's column defaults.
export type ObjectMetadataRow = {
  id: string;
  workspaceId: string;
  universalIdentifier: string;
  applicationId: string;
  nameSingular: string;
  namePlural: string;
  labelSingular: string;
  labelPlural: string;
  description: string | null;
  icon: string | null;
  targetTableName: string;
  isActive: boolean;
  isSystem: boolean;
  isRemote: boolean;
  isSearchable: boolean;
  isAuditLogged: boolean;
  isUICreatable: boolean;
  shortcut: string | null;
  duplicateCriteria: string[][] | null;
  labelIdentifierFieldMetadataId: string | null;
  imageIdentifierFieldMetadataId: string | null;
  createdAt: Date;
};
