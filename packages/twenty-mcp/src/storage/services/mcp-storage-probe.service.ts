import { Inject, Injectable } from '@nestjs/common';

import { TWENTY_MCP_CONFIG } from '../../config/constants/twenty-mcp-config.token';
import { type TwentyMcpConfig } from '../../config/types/twenty-mcp-config.type';
import { type PoolUsage } from '../types/pool-usage.type';
import { readPoolUsage } from '../utils/read-pool-usage.util';
import { McpRedis } from './mcp-redis.service';
import { McpStorage } from './mcp-storage.service';

// A probe must answer while a dependency hangs: a readiness check that
// waits for a TCP timeout is as bad as none.
const PROBE_TIMEOUT_MS = 2_000;

const withTimeout = <T>(promise: Promise<T>, what: string): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${what} did not answer within 2 s`)),
      PROBE_TIMEOUT_MS,
    );

    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });

// What readiness and metrics need to know about the module's state: the
// database answers, the `mcp` migrations are applied, Redis answers, and
// how busy the connection pools are. Each check throws when it fails.
@Injectable()
export class McpStorageProbe {
  private readonly records: TwentyMcpConfig['dataSource'];

  constructor(
    private readonly storage: McpStorage,
    private readonly redis: McpRedis,
    @Inject(TWENTY_MCP_CONFIG) config: TwentyMcpConfig,
  ) {
    this.records = config.dataSource;
  }

  async checkDatabase(): Promise<void> {
    await withTimeout(this.storage.dataSource.query('SELECT 1'), 'PostgreSQL');
  }

  async checkMigrations(): Promise<void> {
    const pending = await withTimeout(
      this.storage.dataSource.showMigrations(),
      'PostgreSQL',
    );

    if (pending) {
      throw new Error('migrations of schema "mcp" are pending');
    }
  }

  get hasRedis(): boolean {
    return this.redis.client !== null;
  }

  async checkRedis(): Promise<void> {
    if (this.redis.client) {
      await withTimeout(this.redis.client.ping(), 'Redis');
    }
  }

  poolUsage(): PoolUsage[] {
    return (
      [
        ['records', this.records],
        ['storage', this.storage.dataSource],
      ] as const
    ).flatMap(([pool, dataSource]) => {
      const usage = readPoolUsage(dataSource);

      return usage ? [{ pool, ...usage }] : [];
    });
  }
}
