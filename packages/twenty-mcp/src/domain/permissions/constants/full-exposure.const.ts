import { type ObjectExposure } from '../types/object-exposure.type';

export const FULL_EXPOSURE: ObjectExposure = {
  canRead: true,
  canCreate: true,
  canUpdate: true,
  canDelete: true,
  hiddenFieldIds: new Set(),
};
