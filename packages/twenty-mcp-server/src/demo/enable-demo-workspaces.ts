import { type INestApplication } from '@nestjs/common';
import {
  METADATA_PORT,
  type McpStorage,
  type MetadataPort,
  TWENTY_MCP_STORAGE,
} from '@twenty-mcp/twenty-mcp';
import { type DataSource } from 'typeorm';

const FULL = {
  canRead: true,
  canCreate: true,
  canUpdate: true,
  canDelete: true,
  hiddenFieldMetadataIds: [],
};

// A database twenty-db seeded is a demo: its workspaces serve MCP and its
// custom objects are exposed from the first start, as if an admin had opted
// in. Only workspaces nobody configured yet; later changes are kept.
export const enableDemoWorkspaces = async (
  app: INestApplication,
  dataSource: DataSource,
): Promise<void> => {
  const storage = app.get<McpStorage>(TWENTY_MCP_STORAGE);
  const metadata = app.get<MetadataPort>(METADATA_PORT);
  const workspaces = (await dataSource.query(
    `SELECT "id" FROM core."workspace" WHERE "deletedAt" IS NULL`,
  )) as { id: string }[];

  for (const { id } of workspaces) {
    // Configured before (version > 0): keep what the admin chose.
    if ((await storage.settings.getState(id)).version > 0) {
      continue;
    }

    const schema = await metadata.getWorkspaceSchema(id);

    await storage.settings.initialize(id, {
      isEnabled: true,
      exposures: new Map(
        schema.objects
          .filter((object) => object.isCustom)
          .map((object) => [object.id, FULL]),
      ),
    });
  }
};
