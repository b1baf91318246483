import {
  createTestDatabase,
  TEST_APP_SECRET,
  type TestDatabase,
} from '@twenty-mcp/twenty-db/testing';

import { type ServerConfig } from '../../src/config/server-config.type';
import { type ServerLogging } from '../../src/server.module';
import { type RunningServer } from '../../src/start-server';
import { startServerOnFreePort } from './start-server-on-free-port';

export type TestServer = RunningServer & {
  testDatabase: TestDatabase;
  stopAll: () => Promise<void>;
};

// The standalone host on a private clone of the seeded demo database, on a
// free loopback port: what `npm start` serves, as a test fixture.
export const startTestServer = async (
  overrides: Partial<ServerConfig> = {},
  { logging = null }: { logging?: ServerLogging | null } = {},
): Promise<TestServer> => {
  const testDatabase = await createTestDatabase();
  const server = await startServerOnFreePort(
    (port) => ({
      host: '127.0.0.1',
      port,
      publicUrl: `http://127.0.0.1:${port}`,
      path: '/mcp',
      databaseUrl: testDatabase.url,
      appSecret: TEST_APP_SECRET,
      toolMode: 'compact',
      ...overrides,
    }),
    { logging },
  );

  return {
    ...server,
    testDatabase,
    stopAll: async () => {
      await server.stop();
      await testDatabase.drop();
    },
  };
};
