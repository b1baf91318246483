import { Injectable } from '@nestjs/common';
import { type DataSource } from 'typeorm';

import { type QueryShape } from '../../domain/query-usage/types/query-shape.type';
import { type RecordedQueryShape } from '../../domain/query-usage/types/recorded-query-shape.type';
import { McpStorage } from './mcp-storage.service';

type QueryUsageRow = {
  workspaceId: string;
  objectName: string;
  shapeKey: string;
  shape: QueryShape;
  calls: string;
  firstUsedAt: Date;
  lastUsedAt: Date;
};

// Read shapes counted per workspace and object in mcp."queryUsage", shared
// by every instance: each adds its own counts (docs/index-advisor.md).
@Injectable()
export class McpQueryUsageStore {
  private readonly dataSource: DataSource;

  constructor(storage: McpStorage) {
    this.dataSource = storage.dataSource;
  }

  // Adds the counts in one statement, whatever their number.
  async add(usages: readonly RecordedQueryShape[]): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO "mcp"."queryUsage" AS usage
         ("workspaceId", "objectName", "shapeKey", "shape", "calls", "firstUsedAt", "lastUsedAt")
       SELECT "workspaceId", "objectName", "shapeKey", "shape", "calls", "firstUsedAt", "lastUsedAt"
         FROM jsonb_to_recordset($1::jsonb) AS t(
           "workspaceId" uuid, "objectName" varchar, "shapeKey" char(16), "shape" jsonb,
           "calls" bigint, "firstUsedAt" timestamptz, "lastUsedAt" timestamptz)
       ON CONFLICT ("workspaceId", "objectName", "shapeKey") DO UPDATE SET
         "calls" = usage."calls" + EXCLUDED."calls",
         "firstUsedAt" = LEAST(usage."firstUsedAt", EXCLUDED."firstUsedAt"),
         "lastUsedAt" = GREATEST(usage."lastUsedAt", EXCLUDED."lastUsedAt")`,
      [JSON.stringify(usages)],
    );
  }

  // Most used first.
  async list(workspaceId: string): Promise<RecordedQueryShape[]> {
    const rows = (await this.dataSource.query(
      `SELECT "workspaceId", "objectName", "shapeKey", "shape", "calls", "firstUsedAt", "lastUsedAt"
         FROM "mcp"."queryUsage" WHERE "workspaceId" = $1
        ORDER BY "calls" DESC, "lastUsedAt" DESC, "objectName", "shapeKey"`,
      [workspaceId],
    )) as QueryUsageRow[];

    return rows.map((row) => ({ ...row, calls: Number(row.calls) }));
  }

  // Workspaces with recorded shapes, for the command without --workspace.
  async listWorkspaceIds(): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT "workspaceId" FROM "mcp"."queryUsage" ORDER BY "workspaceId"`,
    )) as { workspaceId: string }[];

    return rows.map(({ workspaceId }) => workspaceId);
  }

  // Shapes nobody used for `days` days no longer describe what AI clients
  // do; their rows go.
  async pruneUnusedFor(days: number): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM "mcp"."queryUsage" WHERE "lastUsedAt" < now() - make_interval(days => $1)`,
      [days],
    );
  }
}
