import { useTestDatabase } from '@twenty-mcp/twenty-db/testing';
import { type DataSource } from 'typeorm';

import { PostgresReadPool } from '../../../src/backends/postgres/services/postgres-read-pool.service';
import { toPreparedStatementName } from '../../../src/domain/sql/utils/to-prepared-statement-name.util';
import { buildTestConfig } from '../../utils/build-test-config.util';
import { createTestDataSource } from '../../utils/create-test-data-source';

// The read pool's connections: PostgreSQL itself keeps them read-only and
// under the statement timeout, with no statement of ours per read to say
// so, and each query shape is prepared once per connection.
describe(PostgresReadPool.name, () => {
  const db = useTestDatabase();
  let dataSource: DataSource;
  let pool: PostgresReadPool;

  beforeAll(async () => {
    dataSource = await createTestDataSource(db.database.url);
    pool = new PostgresReadPool(
      buildTestConfig({ dataSource, limits: { statementTimeoutMs: 1234 } }),
    );
  });

  afterAll(async () => {
    await pool.onApplicationShutdown();
    await dataSource.destroy();
  });

  it('should open connections that refuse writes', async () => {
    await expect(
      pool.query({
        sql: `UPDATE core."workspace" SET "displayName" = 'x'`,
        params: [],
      }),
    ).rejects.toMatchObject({ code: '25006' });

    const [{ count }] = await pool.query<{ count: string }>({
      sql: `SELECT count(*) FROM core."workspace" WHERE "displayName" = 'x'`,
      params: [],
    });

    expect(count).toBe('0');
  });

  it('should open connections under the configured statement timeout', async () => {
    const [setting] = await pool.query<{ statement_timeout: string }>({
      sql: 'SHOW statement_timeout',
      params: [],
    });

    expect(setting.statement_timeout).toBe('1234ms');
    await expect(
      pool.query({ sql: 'SELECT pg_sleep(5)', params: [] }),
    ).rejects.toMatchObject({ code: '57014' });
  });

  it('should prepare a statement on its connection and reuse it', async () => {
    const sql = 'SELECT $1::int + 1 AS "next"';

    for (let i = 0; i < 3; i++) {
      expect(await pool.query({ sql, params: [i] })).toEqual([{ next: i + 1 }]);
    }

    // Reads one after another share one connection, which now holds the
    // statement under its name, prepared once.
    expect(pool.poolUsage()).toEqual([
      expect.objectContaining({ pool: 'reads', total: 1 }),
    ]);

    const rows = await pool.withConnection(
      async (connection) =>
        (
          await connection.query<{ statement: string }>(
            'SELECT statement FROM pg_prepared_statements WHERE name = $1',
            [toPreparedStatementName(sql)],
          )
        ).rows,
    );

    expect(rows).toEqual([{ statement: sql }]);
  });
});
