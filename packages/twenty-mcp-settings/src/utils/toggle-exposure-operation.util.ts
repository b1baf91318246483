import { type ObjectExposureDraft } from '../types/object-exposure-draft.type';

type Operation = 'canRead' | 'canCreate' | 'canUpdate' | 'canDelete';

// Creating, updating and deleting all need reading (the API refuses them
// without it): turning read off turns them off, turning one on turns read on.
export const toggleExposureOperation = (
  draft: ObjectExposureDraft,
  operation: Operation,
  checked: boolean,
): ObjectExposureDraft => {
  if (operation === 'canRead' && !checked) {
    return {
      ...draft,
      canRead: false,
      canCreate: false,
      canUpdate: false,
      canDelete: false,
    };
  }

  return {
    ...draft,
    [operation]: checked,
    canRead: draft.canRead || checked,
  };
};
