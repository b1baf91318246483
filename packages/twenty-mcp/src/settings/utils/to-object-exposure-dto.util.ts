import { type WorkspaceExposure } from '../../domain/permissions/types/workspace-exposure.type';
import { resolveObjectExposure } from '../../domain/permissions/utils/resolve-object-exposure.util';
import { type ObjectSchema } from '../../domain/workspace/types/workspace-schema.type';
import { type McpObjectExposureDTO } from '../dtos/mcp-object-exposure.dto';

export const toObjectExposureDto = (
  object: ObjectSchema,
  exposure: WorkspaceExposure,
): McpObjectExposureDTO => {
  const resolved = resolveObjectExposure(object, exposure);

  return {
    objectId: object.id,
    nameSingular: object.nameSingular,
    labelSingular: object.labelSingular,
    labelPlural: object.labelPlural,
    isCustom: object.isCustom,
    isCustomized: exposure.objects.has(object.id),
    isExposedByDefault: resolveObjectExposure(object, {
      objects: new Map(),
      exposeNewObjects: exposure.exposeNewObjects,
    }).canRead,
    canRead: resolved.canRead,
    canCreate: resolved.canCreate,
    canUpdate: resolved.canUpdate,
    canDelete: resolved.canDelete,
    fields: object.fields
      .filter((field) => !field.isSystem)
      .map((field) => ({
        fieldId: field.id,
        name: field.name,
        label: field.label,
        type: field.type,
        isHidden: resolved.hiddenFieldIds.has(field.id),
      })),
  };
};
