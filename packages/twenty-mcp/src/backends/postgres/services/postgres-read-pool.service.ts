import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Pool, type PoolClient, type PoolConfig } from 'pg';
import { type DataSource } from 'typeorm';

import { TWENTY_MCP_CONFIG } from '../../../config/constants/twenty-mcp-config.token';
import { type TwentyMcpConfig } from '../../../config/types/twenty-mcp-config.type';

import { TwentyMcpException } from '../../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../../domain/exceptions/twenty-mcp-exception-code.enum';
import {
  type DatabasePoolsPort,
  type DatabasePoolUsage,
} from '../../../ports/database-pools.port';
import { type DbRow } from '../records/types/db-row.type';
import { type SqlQuery } from '../records/types/sql-query.type';
import { isConnectionFailure } from '../records/utils/is-connection-failure.util';
import { runPreparedQuery } from '../records/utils/run-prepared-query.util';

// A connection is replaced after this long, which also bounds how many
// prepared statements (one per query shape) it accumulates.
const CONNECTION_LIFETIME_SECONDS = 300;
const DEFAULT_POOL_SIZE = 10;

// Reads go through a pool of their own, on the host's database settings,
// whose connections are opened read-only and with the statement timeout
// (PostgreSQL startup options): a read needs no BEGIN, SET or COMMIT, so it
// is one round trip, with both limits still enforced by PostgreSQL itself.
// It doubles the module's connections (the host's pool size again).
@Injectable()
export class PostgresReadPool
  implements DatabasePoolsPort, OnApplicationShutdown
{
  private pool: Pool | null = null;
  private readonly dataSource: DataSource;
  private readonly statementTimeoutMs: number;

  constructor(@Inject(TWENTY_MCP_CONFIG) config: TwentyMcpConfig) {
    this.dataSource = config.dataSource;
    this.statementTimeoutMs = config.limits.statementTimeoutMs;
  }

  // `work` on a connection of the pool; one that failed as a connection
  // (lost, broken) leaves the pool instead of serving the next read.
  async withConnection<T>(
    work: (client: PoolClient) => Promise<T>,
  ): Promise<T> {
    this.pool ??= this.createPool();

    const client = await this.pool.connect();
    let broken: Error | undefined;

    try {
      return await work(client);
    } catch (error) {
      if (isConnectionFailure(error)) {
        broken = error as Error;
      }

      throw error;
    } finally {
      client.release(broken);
    }
  }

  // One statement on a connection of its own, prepared.
  query<Row = DbRow>(query: SqlQuery): Promise<Row[]> {
    return this.withConnection(
      async (client) => (await runPreparedQuery(client, query)) as Row[],
    );
  }

  poolUsage(): DatabasePoolUsage[] {
    return this.pool
      ? [
          {
            pool: 'reads',
            total: this.pool.totalCount,
            idle: this.pool.idleCount,
            waiting: this.pool.waitingCount,
          },
        ]
      : [];
  }

  async onApplicationShutdown(): Promise<void> {
    const pool = this.pool;

    this.pool = null;
    await pool?.end();
  }

  private createPool(): Pool {
    // The options TypeORM gave its own pg Pool (url or host/user/…, ssl):
    // the same database, reached the same way.
    const hostPool = (
      this.dataSource.driver as { master?: { options?: PoolConfig } }
    ).master;

    if (!this.dataSource.isInitialized || !hostPool?.options) {
      throw new TwentyMcpException(
        'The DataSource handed to twenty-mcp is not an initialised PostgreSQL data source.',
        TwentyMcpExceptionCode.INTERNAL_ERROR,
      );
    }

    const { options: startupOptions, ...connection } = hostPool.options;
    const pool = new Pool({
      ...connection,
      max: connection.max ?? DEFAULT_POOL_SIZE,
      options: [
        startupOptions,
        '-c default_transaction_read_only=on',
        `-c statement_timeout=${this.statementTimeoutMs}`,
      ]
        .filter(Boolean)
        .join(' '),
      maxLifetimeSeconds: CONNECTION_LIFETIME_SECONDS,
      // Idle connections never keep the process alive.
      allowExitOnIdle: true,
    });

    // An idle connection the server closed (restart, terminate) is dropped
    // from the pool; without a listener pg would crash the process.
    pool.on('error', () => undefined);

    return pool;
  }
}
