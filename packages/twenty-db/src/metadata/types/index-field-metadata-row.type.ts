export type IndexFieldMetadataRow = {
  id: string;
  workspaceId: string;
  indexMetadataId: string;
  fieldMetadataId: string;
  order: number;
  subFieldName: string | null;
};
