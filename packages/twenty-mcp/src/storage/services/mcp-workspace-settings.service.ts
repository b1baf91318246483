import { Inject, Injectable } from '@nestjs/common';
import { type DataSource, type EntityManager } from 'typeorm';

import { TWENTY_MCP_CONFIG } from '../../config/constants/twenty-mcp-config.token';
import { type McpCallLimits } from '../../config/types/mcp-call-limits.type';
import { type TwentyMcpConfig } from '../../config/types/twenty-mcp-config.type';

import { type WorkspaceExposure } from '../../domain/permissions/types/workspace-exposure.type';
import { McpObjectExposureEntity } from '../entities/mcp-object-exposure.entity';
import { McpWorkspaceSettingsEntity } from '../entities/mcp-workspace-settings.entity';
import { type ObjectExposureInput } from '../types/object-exposure-input.type';
import { type WorkspaceMcpState } from '../types/workspace-mcp-state.type';
import { McpStorage } from './mcp-storage.service';

// Per-workspace switch and exposure. Every write bumps the workspace's
// version in the same transaction, which is what rebuilds tool sets and
// notifies open streams.
@Injectable()
export class McpWorkspaceSettingsService {
  private readonly dataSource: DataSource;
  // Workspaces without a settings row: on or off.
  private readonly enabledByDefault: boolean;

  constructor(
    storage: McpStorage,
    @Inject(TWENTY_MCP_CONFIG) config: TwentyMcpConfig,
  ) {
    this.dataSource = storage.dataSource;
    this.enabledByDefault = config.workspacesEnabledByDefault;
  }

  async getState(workspaceId: string): Promise<WorkspaceMcpState> {
    const row = await this.dataSource
      .getRepository(McpWorkspaceSettingsEntity)
      .findOne({
        where: { workspaceId },
        select: { isEnabled: true, version: true },
      });

    return row
      ? { isEnabled: row.isEnabled, version: row.version }
      : { isEnabled: this.enabledByDefault, version: 0 };
  }

  async getSettings(workspaceId: string): Promise<{
    isEnabled: boolean;
    exposeNewObjects: boolean;
    version: number;
    auditRecordArguments: boolean;
    auditRetentionDays: number;
  }> {
    const row = await this.dataSource
      .getRepository(McpWorkspaceSettingsEntity)
      .findOneBy({ workspaceId });

    return {
      isEnabled: row?.isEnabled ?? this.enabledByDefault,
      exposeNewObjects: row?.exposeNewObjects ?? false,
      version: row?.version ?? 0,
      auditRecordArguments: row?.auditRecordArguments ?? false,
      auditRetentionDays: row?.auditRetentionDays ?? 365,
    };
  }

  // The hourly call limits this workspace's admin set; a limit left out
  // keeps the instance's default.
  async getCallLimits(workspaceId: string): Promise<Partial<McpCallLimits>> {
    const row = await this.dataSource
      .getRepository(McpWorkspaceSettingsEntity)
      .findOne({
        where: { workspaceId },
        select: {
          readCallsPerTokenPerHour: true,
          writeCallsPerTokenPerHour: true,
          callsPerWorkspacePerHour: true,
        },
      });

    return Object.fromEntries(
      Object.entries(row ?? {}).filter(([, value]) => value !== null),
    );
  }

  // Fields ("object.field") where erasing a person clears their contact
  // details; null: the default, every Emails and Phones field elsewhere.
  async getErasureContactFields(workspaceId: string): Promise<string[] | null> {
    const row = await this.dataSource
      .getRepository(McpWorkspaceSettingsEntity)
      .findOne({
        where: { workspaceId },
        select: { erasureContactFields: true },
      });

    return row?.erasureContactFields ?? null;
  }

  async getExposure(workspaceId: string): Promise<WorkspaceExposure> {
    const [settings, rows] = await Promise.all([
      this.getSettings(workspaceId),
      this.dataSource
        .getRepository(McpObjectExposureEntity)
        .findBy({ workspaceId }),
    ]);

    return {
      exposeNewObjects: settings.exposeNewObjects,
      objects: new Map(
        rows.map((row) => [
          row.objectMetadataId,
          {
            canRead: row.canRead,
            canCreate: row.canCreate,
            canUpdate: row.canUpdate,
            canDelete: row.canDelete,
            hiddenFieldIds: new Set(row.hiddenFieldMetadataIds),
          },
        ]),
      ),
    };
  }

  async update(
    workspaceId: string,
    // A call limit set to null goes back to the instance's default.
    changes: {
      isEnabled?: boolean;
      exposeNewObjects?: boolean;
      auditRecordArguments?: boolean;
      auditRetentionDays?: number;
      // Null goes back to the default (every Emails and Phones field).
      erasureContactFields?: string[] | null;
    } & { [limit in keyof McpCallLimits]?: number | null },
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.bumpVersion(manager, workspaceId);
      await manager
        .getRepository(McpWorkspaceSettingsEntity)
        .update({ workspaceId }, changes);
    });
  }

  async setObjectExposures(
    workspaceId: string,
    exposures: ReadonlyMap<string, ObjectExposureInput>,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.bumpVersion(manager, workspaceId);
      await manager.getRepository(McpObjectExposureEntity).upsert(
        [...exposures].map(([objectMetadataId, exposure]) => ({
          workspaceId,
          objectMetadataId,
          ...exposure,
          hiddenFieldMetadataIds: [...new Set(exposure.hiddenFieldMetadataIds)],
        })),
        ['workspaceId', 'objectMetadataId'],
      );
    });
  }

  // First-time setup of a workspace nobody configured yet (e.g. the demo);
  // false, and nothing changed, when it already has settings.
  async initialize(
    workspaceId: string,
    setup: {
      isEnabled: boolean;
      exposures: ReadonlyMap<string, ObjectExposureInput>;
    },
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const inserted = (await manager.query(
        `INSERT INTO "mcp"."workspaceSettings" ("workspaceId", "isEnabled")
         VALUES ($1, $2) ON CONFLICT ("workspaceId") DO NOTHING
         RETURNING "workspaceId"`,
        [workspaceId, setup.isEnabled],
      )) as unknown[];

      if (inserted.length === 0) {
        return false;
      }

      if (setup.exposures.size > 0) {
        await manager.getRepository(McpObjectExposureEntity).insert(
          [...setup.exposures].map(([objectMetadataId, exposure]) => ({
            workspaceId,
            objectMetadataId,
            ...exposure,
          })),
        );
      }

      return true;
    });
  }

  // Back to the default exposure for these objects.
  async resetObjectExposures(
    workspaceId: string,
    objectMetadataIds: readonly string[],
  ): Promise<void> {
    if (objectMetadataIds.length === 0) {
      return;
    }

    await this.dataSource.transaction(async (manager) => {
      await this.bumpVersion(manager, workspaceId);
      await manager.getRepository(McpObjectExposureEntity).delete(
        objectMetadataIds.map((objectMetadataId) => ({
          workspaceId,
          objectMetadataId,
        })),
      );
    });
  }

  // Creates the row with the defaults when missing; the row lock it takes
  // also orders concurrent changes to one workspace.
  private async bumpVersion(
    manager: EntityManager,
    workspaceId: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO "mcp"."workspaceSettings" ("workspaceId", "isEnabled")
       VALUES ($1, $2)
       ON CONFLICT ("workspaceId") DO UPDATE
         SET "version" = "workspaceSettings"."version" + 1, "updatedAt" = now()`,
      [workspaceId, this.enabledByDefault],
    );
  }
}
