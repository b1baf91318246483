import { type WorkspaceSchema } from '../../domain/workspace/types/workspace-schema.type';

// The objects an admin can expose, in the order tools list them: standard
// objects, then custom ones, each by name. System objects never are.
export const listExposableObjects = (schema: WorkspaceSchema) =>
  schema.objects
    .filter((object) => !object.isSystem)
    .sort(
      (left, right) =>
        Number(left.isCustom) - Number(right.isCustom) ||
        left.nameSingular.localeCompare(right.nameSingular),
    );
