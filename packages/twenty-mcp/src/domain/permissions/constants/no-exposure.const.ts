import { type ObjectExposure } from '../types/object-exposure.type';

export const NO_EXPOSURE: ObjectExposure = {
  canRead: false,
  canCreate: false,
  canUpdate: false,
  canDelete: false,
  hiddenFieldIds: new Set(),
};
