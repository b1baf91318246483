import {
  startRedisServer,
  type TestRedisServer,
} from '@twenty-mcp/twenty-db/testing';

import { AuthFailureLimiter } from '../../../src/services/auth-failures/auth-failure-limiter.service';
import { McpRedis } from '../../../src/storage/services/mcp-redis.service';
import { buildTestConfig } from '../../utils/build-test-config.util';

const LIMIT = { attempts: 3, windowSeconds: 60 };

describe(`${AuthFailureLimiter.name} on a real Redis`, () => {
  let redis: TestRedisServer;
  const connections: McpRedis[] = [];
  const limiterOn = (connection: McpRedis) =>
    new AuthFailureLimiter(
      buildTestConfig({ authFailureLimit: LIMIT }),
      connection,
    );

  // The module's Redis connection (REDIS_URL), once it is ready.
  const connect = async () => {
    const connection = new McpRedis(buildTestConfig({ redisUrl: redis.url }));
    const client = connection.client;

    connections.push(connection);

    if (!client) {
      throw new Error('McpRedis opened no client for a REDIS_URL');
    }

    await new Promise<void>((resolve, reject) => {
      client.once('ready', () => resolve());
      client.once('error', reject);
    });

    return connection;
  };

  beforeAll(async () => {
    redis = await startRedisServer();
  });

  afterAll(async () => {
    for (const connection of connections) {
      await connection.onApplicationShutdown();
    }

    await redis.stop();
  });

  it('should share the count between instances, per address', async () => {
    const first = limiterOn(await connect());
    const second = limiterOn(await connect());

    await first.recordFailure(['10.0.0.1']);
    await second.recordFailure(['10.0.0.1']);
    expect(await first.retryAfterSeconds(['10.0.0.1'])).toBeNull();

    await first.recordFailure(['10.0.0.1']);

    expect(await second.retryAfterSeconds(['10.0.0.1'])).toBeGreaterThan(50);
    expect(await second.retryAfterSeconds(['10.0.0.2'])).toBeNull();
  });

  it('should count alone in memory without Redis', async () => {
    const shared = limiterOn(await connect());
    // No REDIS_URL: no connection, in-process counting.
    const withoutRedis = new McpRedis(buildTestConfig());
    const alone = limiterOn(withoutRedis);

    expect(withoutRedis.client).toBeNull();

    for (let attempt = 0; attempt < 3; attempt += 1) {
      await alone.recordFailure(['10.0.0.3']);
    }

    expect(await alone.retryAfterSeconds(['10.0.0.3'])).toBeGreaterThan(0);
    expect(await shared.retryAfterSeconds(['10.0.0.3'])).toBeNull();
  });

  it('should keep limiting in memory while Redis is unreachable', async () => {
    const connection = await connect();
    const limiter = limiterOn(connection);

    connection.client?.disconnect();

    for (let attempt = 0; attempt < 3; attempt += 1) {
      await limiter.recordFailure(['10.0.0.4']);
    }

    expect(await limiter.retryAfterSeconds(['10.0.0.4'])).toBeGreaterThan(0);
  });
});
