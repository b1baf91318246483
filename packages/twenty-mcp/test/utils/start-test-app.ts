import 'reflect-metadata';

import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { findFreePort } from '@twenty-mcp/twenty-db';
import {
  createTestDatabase,
  TEST_APP_SECRET,
  type TestDatabase,
} from '@twenty-mcp/twenty-db/testing';
import { type DataSource } from 'typeorm';

import { type TwentyMcpModuleOptions } from '../../src/config/types/twenty-mcp-module-options.type';
import { TwentyMcpAdminService } from '../../src/settings/services/twenty-mcp-admin.service';
import { TwentyMcpModule } from '../../src/twenty-mcp.module';
import { createTestDataSource } from './create-test-data-source';

export type TestApp = {
  app: INestApplication;
  // The MCP endpoint's URL.
  url: string;
  baseUrl: string;
  databaseUrl: string;
  dataSource: DataSource;
  stop: () => Promise<void>;
};

// The module alone in a Nest app, as a host mounts it, on a private clone
// of the seeded demo database, listening on a free loopback port; its demo
// workspaces serve MCP with their custom objects exposed.
export const startTestApp = async (
  overrides: Partial<TwentyMcpModuleOptions> = {},
): Promise<TestApp> => {
  const database: TestDatabase = await createTestDatabase();
  const dataSource = await createTestDataSource(database.url);
  // A free port is only free until someone takes it: another app or
  // server of this run may bind it between the probe and our listen, so a
  // taken port is given up for another.
  const boot = async (): Promise<{ app: INestApplication; port: number }> => {
    const port = await findFreePort();
    const app = await NestFactory.create(
      TwentyMcpModule.forRoot({
        enabled: true,
        publicUrl: `http://127.0.0.1:${port}`,
        path: '/mcp',
        serveRootResourceMetadata: true,
        dataSource,
        appSecret: TEST_APP_SECRET,
        toolMode: 'compact',
        ...overrides,
      }),
      // The MCP handler reads its own body: malformed JSON must get a
      // JSON-RPC parse error, not a framework 400.
      { bodyParser: false, logger: false },
    );

    await app.init();
    await app.get(TwentyMcpAdminService).enableUnconfiguredWorkspaces();

    try {
      await app.listen(port, '127.0.0.1');
    } catch (error) {
      await app.close();

      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        return boot();
      }

      throw error;
    }

    return { app, port };
  };
  const { app, port } = await boot();
  const baseUrl = `http://127.0.0.1:${port}`;

  return {
    app,
    url: `${baseUrl}${overrides.path ?? '/mcp'}`,
    baseUrl,
    databaseUrl: database.url,
    dataSource,
    stop: async () => {
      await app.close();
      await dataSource.destroy();
      await database.drop();
    },
  };
};
