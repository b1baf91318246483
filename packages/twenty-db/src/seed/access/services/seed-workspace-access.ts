import { type ClientBase } from 'pg';

import { insertRows } from '../../../database/utils/insert-rows.util';
import { deterministicUuid } from '../../../metadata/utils/deterministic-uuid.util';
import { insertRole } from '../../../permissions/services/insert-role';
import { type CreatedWorkspace } from '../../../workspace/types/created-workspace.type';
import { type SeededAccess } from '../types/seeded-access.type';
import { type WorkspaceAccessSeed } from '../types/workspace-access-seed.type';
import { hashDemoPassword } from '../utils/hash-demo-password.util';

const lookupIds = async (client: ClientBase, workspaceId: string) => {
  const objects = await client.query<{ id: string; nameSingular: string }>(
    `SELECT "id", "nameSingular" FROM core."objectMetadata" WHERE "workspaceId" = $1`,
    [workspaceId],
  );
  const fields = await client.query<{
    id: string;
    name: string;
    objectMetadataId: string;
  }>(
    `SELECT "id", "name", "objectMetadataId" FROM core."fieldMetadata" WHERE "workspaceId" = $1`,
    [workspaceId],
  );
  const objectId = (name: string) => {
    const row = objects.rows.find((object) => object.nameSingular === name);

    if (!row) {
      throw new Error(`No object "${name}" in workspace ${workspaceId}`);
    }

    return row.id;
  };
  const fieldId = (objectName: string, fieldName: string) => {
    const objectMetadataId = objectId(objectName);
    const row = fields.rows.find(
      (field) =>
        field.objectMetadataId === objectMetadataId && field.name === fieldName,
    );

    if (!row) {
      throw new Error(
        `No field "${objectName}.${fieldName}" in workspace ${workspaceId}`,
      );
    }

    return row.id;
  };

  return { objectId, fieldId };
};

// Writes roles (with object/field permissions and permission flags), users
// with their workspace membership and workspaceMember record, and API keys
// with their role target — the rows Twenty's settings pages create.
export const seedWorkspaceAccess = async (
  client: ClientBase,
  workspace: CreatedWorkspace,
  seed: WorkspaceAccessSeed,
  { now = new Date() }: { now?: Date } = {},
): Promise<SeededAccess> => {
  const workspaceId = workspace.id;
  const idFor = (...parts: string[]) =>
    deterministicUuid(workspaceId, ...parts);
  const { objectId, fieldId } = await lookupIds(client, workspaceId);
  const roleIdsByKey: Record<string, string> = {
    admin: workspace.adminRoleId,
    member: workspace.memberRoleId,
  };
  const roleLabels = new Map<string, string>([
    [workspace.adminRoleId, 'Admin'],
    [workspace.memberRoleId, 'Member'],
  ]);
  const syncable = (id: string) => ({
    id,
    workspaceId,
    universalIdentifier: id,
    applicationId: workspace.customApplicationId,
  });

  for (const {
    key,
    objectPermissions = [],
    fieldPermissions = [],
    permissionFlags = [],
    ...role
  } of seed.roles) {
    const roleId = idFor('role', key);

    roleIdsByKey[key] = roleId;
    roleLabels.set(roleId, role.label);
    await insertRole(client, {
      id: roleId,
      workspaceId,
      applicationId: workspace.customApplicationId,
      role,
    });
    await insertRows(client, {
      schema: 'core',
      table: 'objectPermission',
      rows: objectPermissions.map(({ objectName, ...flags }) => ({
        ...syncable(idFor('objectPermission', key, objectName)),
        roleId,
        objectMetadataId: objectId(objectName),
        canReadObjectRecords: flags.canReadObjectRecords ?? null,
        canUpdateObjectRecords: flags.canUpdateObjectRecords ?? null,
        canSoftDeleteObjectRecords: flags.canSoftDeleteObjectRecords ?? null,
        canDestroyObjectRecords: flags.canDestroyObjectRecords ?? null,
      })),
    });
    await insertRows(client, {
      schema: 'core',
      table: 'fieldPermission',
      rows: fieldPermissions.map(({ objectName, fieldName, ...flags }) => ({
        ...syncable(idFor('fieldPermission', key, objectName, fieldName)),
        roleId,
        objectMetadataId: objectId(objectName),
        fieldMetadataId: fieldId(objectName, fieldName),
        canReadFieldValue: flags.canReadFieldValue ?? null,
        canUpdateFieldValue: flags.canUpdateFieldValue ?? null,
      })),
    });
    await insertRows(client, {
      schema: 'core',
      table: 'rolePermissionFlag',
      rows: permissionFlags.map((flag) => ({
        ...syncable(idFor('rolePermissionFlag', key, flag)),
        roleId,
        permissionFlagId: idFor('permissionFlag', flag),
      })),
    });
  }

  const roleIdOf = (key: string) => {
    const roleId = roleIdsByKey[key];

    if (!roleId) {
      throw new Error(`Unknown role "${key}"`);
    }

    return roleId;
  };

  const users = seed.users.map((user) => ({
    key: user.key,
    // Users are global: the same email is the same user in every workspace.
    userId: deterministicUuid(
      '0f1b7bf4-9a8e-4d6c-8a53-3b7a1f6c0d2e',
      'user',
      user.email,
    ),
    userWorkspaceId: idFor('userWorkspace', user.key),
    workspaceMemberId: idFor('workspaceMember', user.key),
    email: user.email,
    name: `${user.firstName} ${user.lastName}`,
    roleId: roleIdOf(user.roleKey),
    seed: user,
  }));

  for (const user of users) {
    await client.query(
      `INSERT INTO core."user" ("id", "firstName", "lastName", "email", "isEmailVerified", "passwordHash")
       VALUES ($1, $2, $3, $4, true, $5) ON CONFLICT DO NOTHING`,
      [
        user.userId,
        user.seed.firstName,
        user.seed.lastName,
        user.email,
        hashDemoPassword(),
      ],
    );
  }

  await insertRows(client, {
    schema: 'core',
    table: 'userWorkspace',
    rows: users.map((user) => ({
      id: user.userWorkspaceId,
      userId: user.userId,
      workspaceId,
      createdAt: now,
      updatedAt: now,
    })),
  });
  await insertRows(client, {
    schema: workspace.schemaName,
    table: 'workspaceMember',
    rows: users.map((user, position) => ({
      id: user.workspaceMemberId,
      nameFirstName: user.seed.firstName,
      nameLastName: user.seed.lastName,
      userEmail: user.email,
      userId: user.userId,
      jobTitle: user.seed.jobTitle ?? null,
      position,
      createdAt: now,
      updatedAt: now,
    })),
  });

  const apiKeys = seed.apiKeys.map((apiKey) => {
    const roleId = apiKey.roleKey ? roleIdOf(apiKey.roleKey) : null;

    return {
      key: apiKey.key,
      id: idFor('apiKey', apiKey.key),
      name: apiKey.name,
      roleId,
      roleLabel: roleId ? (roleLabels.get(roleId) ?? null) : null,
      expiresAt: apiKey.expiresAt,
      revokedAt: apiKey.revokedAt ?? null,
      secretType: apiKey.secretType ?? 'API_KEY',
    };
  });

  await insertRows(client, {
    schema: 'core',
    table: 'apiKey',
    rows: apiKeys.map(({ id, name, expiresAt, revokedAt }, order) => ({
      id,
      name,
      expiresAt,
      revokedAt,
      workspaceId,
      // Keys are listed by creation time: keep the seed's order.
      createdAt: new Date(now.getTime() + order),
    })),
  });
  await insertRows(client, {
    schema: 'core',
    table: 'roleTarget',
    rows: [
      ...users.map((user) => ({
        ...syncable(idFor('roleTarget', 'user', user.key)),
        roleId: user.roleId,
        userWorkspaceId: user.userWorkspaceId,
      })),
      ...apiKeys
        .filter((apiKey) => apiKey.roleId !== null)
        .map((apiKey) => ({
          ...syncable(idFor('roleTarget', 'apiKey', apiKey.key)),
          roleId: apiKey.roleId,
          userWorkspaceId: null,
          apiKeyId: apiKey.id,
        })),
    ],
  });

  return {
    roleIdsByKey,
    users: users.map(({ seed: _seed, ...user }) => user),
    apiKeys,
  };
};
