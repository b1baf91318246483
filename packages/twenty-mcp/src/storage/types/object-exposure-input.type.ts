export type ObjectExposureInput = {
  canRead: boolean;
  canCreate: boolean;
  canUpdate: boolean;
  canDelete: boolean;
  hiddenFieldMetadataIds: string[];
};
