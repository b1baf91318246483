import {
  startRedisServer,
  type TestRedisServer,
} from '@twenty-mcp/twenty-db/testing';
import Redis from 'ioredis';

import { AuthFailureLimiter } from '../../src/services/auth-failures/auth-failure-limiter.service';

const LIMIT = { attempts: 3, windowSeconds: 60 };

describe('AuthFailureLimiter on a real Redis', () => {
  let redis: TestRedisServer;
  const clients: Redis[] = [];

  const connect = () => {
    const client = new Redis(redis.url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
    });

    clients.push(client);

    return new Promise<Redis>((resolve, reject) => {
      client.once('ready', () => resolve(client));
      client.once('error', reject);
    });
  };

  beforeAll(async () => {
    redis = await startRedisServer();
  });

  afterAll(async () => {
    for (const client of clients) {
      client.disconnect();
    }

    await redis.stop();
  });

  it('should share the count between instances, per address', async () => {
    const first = new AuthFailureLimiter(LIMIT, await connect());
    const second = new AuthFailureLimiter(LIMIT, await connect());

    await first.recordFailure('10.0.0.1');
    await second.recordFailure('10.0.0.1');
    expect(await first.retryAfterSeconds('10.0.0.1')).toBeNull();

    await first.recordFailure('10.0.0.1');

    expect(await second.retryAfterSeconds('10.0.0.1')).toBeGreaterThan(50);
    expect(await second.retryAfterSeconds('10.0.0.2')).toBeNull();
  });

  it('should count alone in memory without Redis', async () => {
    const shared = new AuthFailureLimiter(LIMIT, await connect());
    const alone = new AuthFailureLimiter(LIMIT);

    for (let attempt = 0; attempt < 3; attempt += 1) {
      await alone.recordFailure('10.0.0.3');
    }

    expect(await alone.retryAfterSeconds('10.0.0.3')).toBeGreaterThan(0);
    expect(await shared.retryAfterSeconds('10.0.0.3')).toBeNull();
  });

  it('should keep limiting in memory while Redis is unreachable', async () => {
    const client = await connect();
    const limiter = new AuthFailureLimiter(LIMIT, client);

    client.disconnect();

    for (let attempt = 0; attempt < 3; attempt += 1) {
      await limiter.recordFailure('10.0.0.4');
    }

    expect(await limiter.retryAfterSeconds('10.0.0.4')).toBeGreaterThan(0);
  });
});
