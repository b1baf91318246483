import {
  buildDemoWorkspaceSchema,
  fullAccessRole,
} from '../../../../../test/fixtures/demo-workspace-schema.fixture';
import { computeEffectivePermissions } from '../../../../domain/permissions/utils/compute-effective-permissions.util';
import { type RolePermissions } from '../../../../domain/permissions/types/role-permissions.type';
import { type ObjectView } from '../../types/object-view.type';

const ALL_SCOPES = ['read', 'write', 'delete', 'destroy'] as const;

// One demo object as a caller with `role` sees it (full access by default).
export const demoObjectView = (
  objectName: string,
  role: RolePermissions = fullAccessRole(),
): ObjectView => {
  const schema = buildDemoWorkspaceSchema();
  const permissions = computeEffectivePermissions({
    schema,
    role,
    scopes: ALL_SCOPES,
  });
  const object = schema.objects.find(
    (candidate) => candidate.nameSingular === objectName,
  );
  const access = permissions.objects.get(objectName);

  if (!object || !access) {
    throw new Error(`No readable demo object "${objectName}"`);
  }

  return {
    object,
    access,
    readableObjectNames: new Set(permissions.objects.keys()),
  };
};
