import { type EffectivePermissions } from '../../../domain/permissions/types/effective-permissions.type';
import {
  type FieldSchema,
  type WorkspaceSchema,
} from '../../../domain/workspace/types/workspace-schema.type';
import { type QueryTarget } from '../../../domain/records/types/query-target.type';

// The other end of a relation as this caller sees it, or null when the
// caller may not read that object.
export const resolveRelationTarget = (
  field: FieldSchema,
  workspace: WorkspaceSchema,
  permissions: EffectivePermissions | undefined,
): QueryTarget | null => {
  const name = field.relation?.targetObjectName;
  const object = workspace.objects.find(
    (candidate) => candidate.nameSingular === name,
  );
  const access = name ? permissions?.objects.get(name) : undefined;

  return object && access?.canRead ? { object, access } : null;
};
