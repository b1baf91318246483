import { type EffectivePermissions } from '../types/effective-permissions.type';
import {
  type ObjectSchema,
  type WorkspaceSchema,
} from '../../workspace/types/workspace-schema.type';

// Tools are offered for active, non-system objects the principal can read,
// in a stable order (standard objects first, then custom, each by name).
export const selectToolObjects = (
  workspace: WorkspaceSchema,
  permissions: EffectivePermissions,
): ObjectSchema[] =>
  workspace.objects
    .filter(
      (object) =>
        !object.isSystem &&
        permissions.objects.get(object.nameSingular)?.canRead,
    )
    .sort(
      (a, b) =>
        Number(a.isCustom) - Number(b.isCustom) ||
        a.nameSingular.localeCompare(b.nameSingular),
    );
