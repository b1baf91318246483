import { type RolePermissions } from '../domain/permissions/types/role-permissions.type';
import { type RoleSettingsPermissions } from '../domain/permissions/types/role-settings-permissions.type';
import { type WorkspaceSchema } from '../domain/workspace/types/workspace-schema.type';

export const METADATA_PORT = Symbol('METADATA_PORT');

export interface MetadataPort {
  // Workspaces that exist (not deleted), for set-up tasks.
  listWorkspaceIds(): Promise<string[]>;
  // A cheap key that changes whenever the workspace's data model or its
  // roles change (Twenty's metadataVersion plus a fingerprint of the rows),
  // read on every request to decide whether cached tool sets still hold.
  getCacheKey(workspaceId: string): Promise<string>;
  getWorkspaceSchema(workspaceId: string): Promise<WorkspaceSchema>;
  getRolePermissions(
    workspaceId: string,
    roleId: string,
  ): Promise<RolePermissions>;
  // What the role allows beyond records; compared when a credential is
  // issued with a role, so that it never exceeds its issuer.
  getRoleSettingsPermissions(
    workspaceId: string,
    roleId: string,
  ): Promise<RoleSettingsPermissions>;
}
