// What updateObjectExposure takes for one object.
export type ObjectExposureDraft = {
  canRead: boolean;
  canCreate: boolean;
  canUpdate: boolean;
  canDelete: boolean;
  hiddenFieldIds: string[];
};
