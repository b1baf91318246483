import { type McpObjectExposure } from '../types/mcp-object-exposure.type';
import { type ObjectExposureDraft } from '../types/object-exposure-draft.type';

export const getExposureDraft = (
  object: McpObjectExposure,
): ObjectExposureDraft => ({
  canRead: object.canRead,
  canCreate: object.canCreate,
  canUpdate: object.canUpdate,
  canDelete: object.canDelete,
  hiddenFieldIds: object.fields
    .filter((field) => field.isHidden)
    .map((field) => field.fieldId),
});
