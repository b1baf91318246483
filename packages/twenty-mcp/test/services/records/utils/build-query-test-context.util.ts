import { type McpScope } from '../../../../src/domain/principal/types/mcp-scope.type';
import { type RolePermissions } from '../../../../src/domain/permissions/types/role-permissions.type';
import {
  type ObjectSchema,
  type WorkspaceSchema,
} from '../../../../src/domain/workspace/types/workspace-schema.type';
import { type EffectivePermissions } from '../../../../src/domain/permissions/types/effective-permissions.type';
import { computeEffectivePermissions } from '../../../../src/domain/permissions/utils/compute-effective-permissions.util';
import { type QueryTarget } from '../../../../src/domain/records/types/query-target.type';
import { type RecordsAccess } from '../../../../src/domain/records/types/records-access.type';
import {
  buildDemoWorkspaceSchema,
  fullAccessRole,
} from '../../../fixtures/demo-workspace-schema.fixture';

const ALL_SCOPES: McpScope[] = ['read', 'write', 'delete', 'destroy'];

// Who the test's writes are stamped with (an API key, no workspace member).
export const TEST_ACTOR_NAME = 'Integration key';

export type QueryTestContext = {
  workspace: WorkspaceSchema;
  permissions: EffectivePermissions;
  // What RecordsService is called with: the model, the role, the actor.
  access: RecordsAccess;
  object: (objectName: string) => ObjectSchema;
  target: (objectName: string) => QueryTarget;
  fieldId: (objectName: string, fieldName: string) => string;
  objectId: (objectName: string) => string;
};

// The demo workspace as one role sees it. `schemaName` defaults to the
// computed one; integration tests pass the real core.workspace value.
export const buildQueryTestContext = ({
  schemaName,
  role,
}: {
  schemaName?: string;
  role?: (
    context: Pick<QueryTestContext, 'fieldId' | 'objectId'>,
  ) => Partial<RolePermissions>;
} = {}): QueryTestContext => {
  const demo = buildDemoWorkspaceSchema();
  const workspace = { ...demo, schemaName: schemaName ?? demo.schemaName };
  const object = (name: string) => {
    const found = workspace.objects.find(
      (candidate) => candidate.nameSingular === name,
    );

    if (!found) {
      throw new Error(`No ${name} in the demo workspace`);
    }

    return found;
  };
  const fieldId = (objectName: string, fieldName: string) => {
    const field = object(objectName).fields.find(
      (candidate) => candidate.name === fieldName,
    );

    if (!field) {
      throw new Error(`No ${objectName}.${fieldName}`);
    }

    return field.id;
  };
  const objectId = (name: string) => object(name).id;
  const permissions = computeEffectivePermissions({
    schema: workspace,
    role: fullAccessRole(role?.({ fieldId, objectId }) ?? {}),
    scopes: ALL_SCOPES,
  });

  return {
    workspace,
    permissions,
    access: {
      workspace,
      permissions,
      actor: { name: TEST_ACTOR_NAME, workspaceMemberId: null },
    },
    object,
    fieldId,
    objectId,
    target: (name) => {
      const access = permissions.objects.get(name);

      if (!access) {
        throw new Error(`${name} is not readable for this role`);
      }

      return { object: object(name), access };
    },
  };
};
