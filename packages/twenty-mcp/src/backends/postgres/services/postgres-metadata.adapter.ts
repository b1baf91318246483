import { Inject, Injectable } from '@nestjs/common';
import { type DataSource } from 'typeorm';

import { TWENTY_MCP_CONFIG } from '../../../config/constants/twenty-mcp-config.token';
import { type TwentyMcpConfig } from '../../../config/types/twenty-mcp-config.type';

import { TwentyMcpException } from '../../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { type MetadataPort } from '../../../ports/metadata.port';
import { type RolePermissions } from '../../../domain/permissions/types/role-permissions.type';
import { type RoleSettingsPermissions } from '../../../domain/permissions/types/role-settings-permissions.type';
import { type WorkspaceSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { type CoreFieldRow } from '../types/core-field-row.type';
import { type CoreObjectRow } from '../types/core-object-row.type';
import { buildWorkspaceSchema } from '../utils/build-workspace-schema.util';

const fingerprint = (table: string) =>
  `(SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM core."${table}" WHERE "workspaceId" = w."id")`;

// Reads Twenty's metadata tables (read-only). Twenty's own metadata cache is
// keyed on more than metadataVersion nowadays, so the cache key also carries
// a fingerprint of the rows that shape tools: objects, fields and roles.
@Injectable()
export class PostgresMetadataAdapter implements MetadataPort {
  private readonly dataSource: DataSource;

  constructor(@Inject(TWENTY_MCP_CONFIG) config: TwentyMcpConfig) {
    this.dataSource = config.dataSource;
  }

  async listWorkspaceIds(): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT "id" FROM core."workspace" WHERE "deletedAt" IS NULL ORDER BY "createdAt", "id"`,
    )) as { id: string }[];

    return rows.map(({ id }) => id);
  }

  async getCacheKey(workspaceId: string): Promise<string> {
    const [row] = (await this.dataSource.query(
      `SELECT w."metadataVersion"::text || '|' || ${[
        'objectMetadata',
        'fieldMetadata',
        'role',
        'objectPermission',
        'fieldPermission',
      ]
        .map(fingerprint)
        .join(` || '|' || `)} AS "key"
         FROM core."workspace" w WHERE w."id" = $1`,
      [workspaceId],
    )) as { key: string }[];

    if (!row) {
      throw new TwentyMcpException(
        'This workspace does not exist.',
        TwentyMcpExceptionCode.WORKSPACE_UNAVAILABLE,
      );
    }

    return row.key;
  }

  async getWorkspaceSchema(workspaceId: string): Promise<WorkspaceSchema> {
    const [workspace] = (await this.dataSource.query(
      `SELECT "displayName", "metadataVersion", "databaseSchema" FROM core."workspace" WHERE "id" = $1`,
      [workspaceId],
    )) as {
      displayName: string | null;
      metadataVersion: number;
      databaseSchema: string | null;
    }[];

    if (!workspace?.databaseSchema) {
      throw new TwentyMcpException(
        'This workspace has no data schema yet.',
        TwentyMcpExceptionCode.WORKSPACE_UNAVAILABLE,
      );
    }

    const objectRows = (await this.dataSource.query(
      `SELECT o."id", o."nameSingular", o."namePlural", o."labelSingular", o."labelPlural",
              o."description", o."icon", o."isSystem", o."isSearchable", o."isActive",
              o."labelIdentifierFieldMetadataId", o."imageIdentifierFieldMetadataId",
              a."universalIdentifier" AS "applicationUniversalIdentifier"
         FROM core."objectMetadata" o
         JOIN core."application" a ON a."id" = o."applicationId"
        WHERE o."workspaceId" = $1 AND NOT o."isRemote"
        ORDER BY o."nameSingular"`,
      [workspaceId],
    )) as CoreObjectRow[];
    const fieldRows = (await this.dataSource.query(
      `SELECT "id", "objectMetadataId", "type", "name", "label", "description", "defaultValue",
              "options", "settings", "isActive", "isSystem", "isUIEditable", "isNullable",
              "relationTargetFieldMetadataId", "relationTargetObjectMetadataId", "morphId"
         FROM core."fieldMetadata"
        WHERE "workspaceId" = $1
        ORDER BY "createdAt", "id"`,
      [workspaceId],
    )) as CoreFieldRow[];

    return buildWorkspaceSchema({
      workspaceId,
      workspaceName: workspace.displayName ?? 'Twenty workspace',
      metadataVersion: workspace.metadataVersion,
      schemaName: workspace.databaseSchema,
      objectRows,
      fieldRows,
    });
  }

  async getRolePermissions(
    workspaceId: string,
    roleId: string,
  ): Promise<RolePermissions> {
    const [role] = (await this.dataSource.query(
      `SELECT "id", "label", "canReadAllObjectRecords", "canUpdateAllObjectRecords",
              "canSoftDeleteAllObjectRecords", "canDestroyAllObjectRecords"
         FROM core."role" WHERE "id" = $1 AND "workspaceId" = $2`,
      [roleId, workspaceId],
    )) as {
      id: string;
      label: string;
      canReadAllObjectRecords: boolean;
      canUpdateAllObjectRecords: boolean;
      canSoftDeleteAllObjectRecords: boolean;
      canDestroyAllObjectRecords: boolean;
    }[];

    if (!role) {
      throw new TwentyMcpException(
        'The credential has no role in this workspace.',
        TwentyMcpExceptionCode.FORBIDDEN,
      );
    }

    const objectRows = (await this.dataSource.query(
      `SELECT "objectMetadataId", "canReadObjectRecords", "canUpdateObjectRecords",
              "canSoftDeleteObjectRecords", "canDestroyObjectRecords"
         FROM core."objectPermission" WHERE "roleId" = $1 AND "workspaceId" = $2`,
      [roleId, workspaceId],
    )) as ({
      objectMetadataId: string;
    } & RolePermissions['objectOverrides'][string])[];
    const fieldRows = (await this.dataSource.query(
      `SELECT "fieldMetadataId", "canReadFieldValue", "canUpdateFieldValue"
         FROM core."fieldPermission" WHERE "roleId" = $1 AND "workspaceId" = $2`,
      [roleId, workspaceId],
    )) as ({
      fieldMetadataId: string;
    } & RolePermissions['fieldRestrictions'][string])[];

    return {
      roleId: role.id,
      label: role.label,
      canReadAllObjectRecords: role.canReadAllObjectRecords,
      canUpdateAllObjectRecords: role.canUpdateAllObjectRecords,
      canSoftDeleteAllObjectRecords: role.canSoftDeleteAllObjectRecords,
      canDestroyAllObjectRecords: role.canDestroyAllObjectRecords,
      objectOverrides: Object.fromEntries(
        objectRows.map(({ objectMetadataId, ...override }) => [
          objectMetadataId,
          override,
        ]),
      ),
      fieldRestrictions: Object.fromEntries(
        fieldRows.map(({ fieldMetadataId, ...restriction }) => [
          fieldMetadataId,
          restriction,
        ]),
      ),
    };
  }

  async getRoleSettingsPermissions(
    workspaceId: string,
    roleId: string,
  ): Promise<RoleSettingsPermissions> {
    const [role] = (await this.dataSource.query(
      `SELECT r."canUpdateAllSettings", r."canAccessAllTools",
              coalesce(array_agg(pf."key") FILTER (WHERE pf."key" IS NOT NULL), '{}') AS "permissionFlags"
         FROM core."role" r
         LEFT JOIN core."rolePermissionFlag" rpf ON rpf."roleId" = r."id"
         LEFT JOIN core."permissionFlag" pf ON pf."id" = rpf."permissionFlagId"
        WHERE r."id" = $1 AND r."workspaceId" = $2
        GROUP BY r."id"`,
      [roleId, workspaceId],
    )) as RoleSettingsPermissions[];

    if (!role) {
      throw new TwentyMcpException(
        'The credential has no role in this workspace.',
        TwentyMcpExceptionCode.FORBIDDEN,
      );
    }

    return role;
  }
}
