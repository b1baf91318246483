import { type ClientBase } from 'pg';
import {
  computeWorkspaceSchemaName,
  STANDARD_APPLICATION,
} from '@twenty-mcp/twenty-layout';

import { insertRows } from '../../database/utils/insert-rows.util';
import { withTransaction } from '../../database/utils/with-transaction.util';
import { STANDARD_OBJECTS } from '../../metadata/standard-objects/standard-objects.const';
import { type ObjectDescription } from '../../metadata/types/object-description.type';
import { buildWorkspaceMetadata } from '../../metadata/utils/build-workspace-metadata.util';
import { deterministicUuid } from '../../metadata/utils/deterministic-uuid.util';
import {
  ADMIN_ROLE,
  MEMBER_ROLE,
} from '../../permissions/constants/standard-roles.const';
import { insertPermissionFlags } from '../../permissions/services/insert-permission-flags';
import { insertRole } from '../../permissions/services/insert-role';
import { generateWorkspaceSchemaDdl } from '../../workspace-schema/utils/generate-workspace-schema-ddl.util';
import { type CreatedWorkspace } from '../types/created-workspace.type';
import { insertWorkspaceMetadata } from './insert-workspace-metadata';
import { readWorkspaceMetadata } from './read-workspace-metadata';

export type CreateWorkspaceInput = {
  id: string;
  displayName: string;
  subdomain: string;
  customObjects?: ObjectDescription[];
  createdAt?: Date;
};

// Creates a workspace the way Twenty's sign-up does, in one transaction:
// workspace + its two applications, metadata rows, the workspace schema
// generated from the metadata as stored, the Admin and Member roles and the
// permission flag catalogue.
export const createWorkspace = async (
  client: ClientBase,
  {
    id,
    displayName,
    subdomain,
    customObjects = [],
    createdAt = new Date(),
  }: CreateWorkspaceInput,
): Promise<CreatedWorkspace> => {
  const schemaName = computeWorkspaceSchemaName(id);
  const created: CreatedWorkspace = {
    id,
    schemaName,
    standardApplicationId: deterministicUuid(id, 'application', 'standard'),
    customApplicationId: deterministicUuid(id, 'application', 'custom'),
    adminRoleId: deterministicUuid(id, 'role', 'admin'),
    memberRoleId: deterministicUuid(id, 'role', 'member'),
  };

  await withTransaction(client, async () => {
    await insertRows(client, {
      schema: 'core',
      table: 'workspace',
      rows: [
        {
          id,
          displayName,
          subdomain,
          activationStatus: 'ONGOING_CREATION',
          workspaceCustomApplicationId: created.customApplicationId,
          createdAt,
        },
      ],
    });
    await insertRows(client, {
      schema: 'core',
      table: 'application',
      rows: [
        {
          id: created.standardApplicationId,
          workspaceId: id,
          universalIdentifier: STANDARD_APPLICATION.universalIdentifier,
          name: STANDARD_APPLICATION.name,
          description: 'Standard objects, fields and roles of Twenty',
          sourceType: 'local',
          sourcePath: STANDARD_APPLICATION.sourcePath,
          canBeUninstalled: false,
        },
        {
          id: created.customApplicationId,
          workspaceId: id,
          universalIdentifier: created.customApplicationId,
          name: `${displayName} custom application`,
          description: 'Objects and fields created in this workspace',
          sourceType: 'local',
          sourcePath: 'workspace-custom-application',
          canBeUninstalled: false,
        },
      ],
    });

    await insertWorkspaceMetadata(
      client,
      buildWorkspaceMetadata({
        workspaceId: id,
        standardApplicationId: created.standardApplicationId,
        customApplicationId: created.customApplicationId,
        objects: [...STANDARD_OBJECTS, ...customObjects],
        createdAt,
      }),
    );

    // The schema comes from the metadata as stored, not from the
    // descriptions, exactly as Twenty's migration runner works.
    const stored = await readWorkspaceMetadata(client, id);

    for (const statement of generateWorkspaceSchemaDdl({
      schemaName,
      metadata: stored,
    })) {
      await client.query(statement);
    }

    await insertRole(client, {
      id: created.adminRoleId,
      workspaceId: id,
      applicationId: created.standardApplicationId,
      universalIdentifier: ADMIN_ROLE.universalIdentifier,
      role: ADMIN_ROLE,
    });
    await insertRole(client, {
      id: created.memberRoleId,
      workspaceId: id,
      applicationId: created.customApplicationId,
      role: MEMBER_ROLE,
    });
    await insertPermissionFlags(client, {
      workspaceId: id,
      standardApplicationId: created.standardApplicationId,
    });
    await client.query(
      `UPDATE core."workspace"
          SET "databaseSchema" = $2, "defaultRoleId" = $3, "activationStatus" = 'ACTIVE'
        WHERE "id" = $1`,
      [id, schemaName, created.memberRoleId],
    );
  });

  return created;
};
