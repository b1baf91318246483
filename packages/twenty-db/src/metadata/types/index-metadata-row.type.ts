export type IndexMetadataRow = {
  id: string;
  workspaceId: string;
  universalIdentifier: string;
  applicationId: string;
  objectMetadataId: string;
  name: string;
  isCustom: boolean;
  isUnique: boolean;
  indexWhereClause: string | null;
  indexType: 'BTREE' | 'GIN';
  isSystemSideEffect: boolean;
  createdAt: Date;
};
