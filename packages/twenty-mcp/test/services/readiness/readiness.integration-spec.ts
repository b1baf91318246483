import {
  startRedisServer,
  type TestRedisServer,
} from '@twenty-mcp/twenty-db/testing';

import { ReadinessService } from '../../../src/services/readiness/readiness.service';
import { TwentyMcpAdminService } from '../../../src/settings/services/twenty-mcp-admin.service';
import { startTestApp, type TestApp } from '../../utils/start-test-app';

// The module's readiness as a host's probe reads it: named checks on the
// real database and a real Redis, and checks other parts of the module add.
describe('module readiness', () => {
  let redis: TestRedisServer;
  let server: TestApp;

  const checks = () => server.app.get(TwentyMcpAdminService).checkReadiness();

  beforeAll(async () => {
    redis = await startRedisServer();
    server = await startTestApp({ redisUrl: redis.url });
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    await redis?.stop();
  });

  it('should check the database, the mcp migrations and Redis', async () => {
    expect(await checks()).toEqual(
      expect.arrayContaining([
        { name: 'database', ok: true },
        { name: 'migrations', ok: true },
        { name: 'redis', ok: true },
      ]),
    );
  });

  it('should run the checks other parts register, with the reason a check failed', async () => {
    server.app.get(ReadinessService).register({
      name: 'example',
      run: () => Promise.reject(new Error('not ready for the example')),
    });

    expect(await checks()).toContainEqual({
      name: 'example',
      ok: false,
      error: 'not ready for the example',
    });
  });

  it('should report a migration of schema mcp that is not applied', async () => {
    const [last] = await server.dataSource.query(
      `SELECT * FROM mcp."_migrations" ORDER BY "id" DESC LIMIT 1`,
    );

    await server.dataSource.query(
      `DELETE FROM mcp."_migrations" WHERE "id" = $1`,
      [last.id],
    );

    try {
      expect(await checks()).toContainEqual({
        name: 'migrations',
        ok: false,
        error: 'migrations of schema "mcp" are pending',
      });
    } finally {
      await server.dataSource.query(
        `INSERT INTO mcp."_migrations" ("id", "timestamp", "name") VALUES ($1, $2, $3)`,
        [last.id, last.timestamp, last.name],
      );
    }
  });

  it('should turn the redis check failed when Redis stops', async () => {
    await redis.stop();

    expect(await checks()).toContainEqual(
      expect.objectContaining({ name: 'redis', ok: false }),
    );
  });
});
