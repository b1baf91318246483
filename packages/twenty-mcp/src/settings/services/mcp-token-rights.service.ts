import { Inject, Injectable } from '@nestjs/common';

import { TwentyMcpException } from '../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../domain/exceptions/twenty-mcp-exception-code.enum';
import { type EffectivePermissions } from '../../domain/permissions/types/effective-permissions.type';
import { type PermissionExcess } from '../../domain/permissions/types/permission-excess.type';
import { type RolePermissions } from '../../domain/permissions/types/role-permissions.type';
import { type RoleSettingsPermissions } from '../../domain/permissions/types/role-settings-permissions.type';
import { computeEffectivePermissions } from '../../domain/permissions/utils/compute-effective-permissions.util';
import { formatPermissionExcesses } from '../../domain/permissions/utils/format-permission-excesses.util';
import { listPermissionExcesses } from '../../domain/permissions/utils/list-permission-excesses.util';
import { listSettingsPermissionExcesses } from '../../domain/permissions/utils/list-settings-permission-excesses.util';
import {
  MCP_SCOPES,
  type McpScope,
} from '../../domain/principal/types/mcp-scope.type';
import { type SettingsCredential } from '../../domain/principal/types/settings-credential.type';
import { type WorkspaceSchema } from '../../domain/workspace/types/workspace-schema.type';
import { METADATA_PORT, type MetadataPort } from '../../ports/metadata.port';

type Grant = {
  roleId: string;
  scopes: readonly McpScope[];
  // Object metadata ids; null: every object.
  objectAllowList: readonly string[] | null;
};

type RoleRights = {
  permissions: RolePermissions;
  settings: RoleSettingsPermissions;
};

type Rights = {
  schema: WorkspaceSchema;
  // The issuer's role with every scope on every object.
  permissions: EffectivePermissions;
  settings: RoleSettingsPermissions;
};

// What scope adds over reading, per object.
const SCOPE_OPERATIONS = {
  write: ['canCreate', 'canUpdate'],
  delete: ['canSoftDelete'],
  destroy: ['canDestroy'],
  erase: ['canErase'],
} as const;

// A token never holds more than whoever issues it: its role, scopes and
// objects are compared, as effective permissions (objects, operations,
// fields, note/task links) and settings permissions, with the issuer's own
// role at issue time. Exposure settings are left out on both sides: they
// narrow every token alike and an admin may widen them later.
@Injectable()
export class McpTokenRightsService {
  // One issuer's rights per request (keyed by the guard's credential).
  private readonly issuers = new WeakMap<SettingsCredential, Promise<Rights>>();

  constructor(@Inject(METADATA_PORT) private readonly metadata: MetadataPort) {}

  async assertWithinIssuerRights(
    credential: SettingsCredential,
    grant: Grant,
  ): Promise<void> {
    const excesses = await this.listExcesses(credential, grant);

    if (excesses.length > 0) {
      throw new TwentyMcpException(
        `A token cannot have rights its issuer does not: your role (${credential.roleLabel}) cannot do what this token would (${formatPermissionExcesses(excesses)}). Choose a role, scopes or objects within your own rights.`,
        TwentyMcpExceptionCode.FORBIDDEN,
      );
    }
  }

  // The scopes this issuer may grant with this role on every object, among
  // those that add something for the role (a read-only role gets READ
  // only). Empty: the role exceeds the issuer whatever the scopes, or
  // reads nothing.
  async grantableScopes(
    credential: SettingsCredential,
    roleId: string,
  ): Promise<McpScope[]> {
    const issuer = await this.rightsOf(credential);
    const role = await this.rightsOfRole(credential.workspaceId, roleId);
    const within = (scopes: McpScope[]) =>
      this.compare(issuer, role, { roleId, scopes, objectAllowList: null })
        .length === 0;
    const reading = this.permissionsOf(issuer.schema, role, ['read'], null);

    if (reading.objects.size === 0 || !within(['read'])) {
      return [];
    }

    return MCP_SCOPES.filter((scope) => {
      if (scope === 'read') {
        return true;
      }

      // Erasing also destroys: `erase` adds something only beside `destroy`.
      const scopes: McpScope[] =
        scope === 'erase' ? ['read', 'destroy', 'erase'] : ['read', scope];
      const permissions = this.permissionsOf(issuer.schema, role, scopes, null);
      const addsSomething = [...permissions.objects.values()].some((access) =>
        SCOPE_OPERATIONS[scope].some((operation) => access[operation]),
      );

      return addsSomething && within(scopes);
    });
  }

  private async listExcesses(
    credential: SettingsCredential,
    grant: Grant,
  ): Promise<PermissionExcess[]> {
    const issuer = await this.rightsOf(credential);
    const role = await this.rightsOfRole(credential.workspaceId, grant.roleId);

    return this.compare(issuer, role, grant);
  }

  private compare(
    issuer: Rights,
    role: RoleRights,
    grant: Grant,
  ): PermissionExcess[] {
    return [
      ...listSettingsPermissionExcesses({
        granted: role.settings,
        holder: issuer.settings,
      }),
      ...listPermissionExcesses({
        schema: issuer.schema,
        granted: this.permissionsOf(
          issuer.schema,
          role,
          grant.scopes,
          grant.objectAllowList,
        ),
        holder: issuer.permissions,
      }),
    ];
  }

  private permissionsOf(
    schema: WorkspaceSchema,
    role: RoleRights,
    scopes: readonly McpScope[],
    objectAllowList: readonly string[] | null,
  ): EffectivePermissions {
    return computeEffectivePermissions({
      schema,
      role: role.permissions,
      scopes,
      objectAllowList,
    });
  }

  private rightsOf(credential: SettingsCredential): Promise<Rights> {
    let rights = this.issuers.get(credential);

    if (!rights) {
      rights = (async () => {
        const schema = await this.metadata.getWorkspaceSchema(
          credential.workspaceId,
        );
        const role = await this.rightsOfRole(
          credential.workspaceId,
          credential.roleId,
        );

        return {
          schema,
          permissions: this.permissionsOf(schema, role, MCP_SCOPES, null),
          settings: role.settings,
        };
      })();
      this.issuers.set(credential, rights);
    }

    return rights;
  }

  private async rightsOfRole(
    workspaceId: string,
    roleId: string,
  ): Promise<RoleRights> {
    const [permissions, settings] = await Promise.all([
      this.metadata.getRolePermissions(workspaceId, roleId),
      this.metadata.getRoleSettingsPermissions(workspaceId, roleId),
    ]);

    return { permissions, settings };
  }
}
