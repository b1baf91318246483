import { DataSource } from 'typeorm';
import { type PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';

import { invalidConfiguration } from '../../config/utils/invalid-configuration.util';
import { MCP_ENTITIES } from '../constants/mcp-entities.const';
import { MCP_MIGRATIONS } from '../constants/mcp-migrations.const';
import { MCP_SCHEMA_NAME } from '../../config/constants/mcp-schema-name.const';

// Any constant works; it only has to differ from other advisory locks.
const MIGRATION_LOCK_KEY = 7_140_117_013;

// The module's storage on Twenty's own database, through a DataSource of its
// own: Twenty's DataSource carries Twenty's entities and migrations, which
// a plugin must not touch. Migrations run under an advisory lock, so
// several instances starting together apply each one once.
export const openMcpDataSource = async (
  source: DataSource,
): Promise<DataSource> => {
  const options = source.options as PostgresConnectionOptions;

  if (options.type !== 'postgres') {
    throw invalidConfiguration(
      `twenty-mcp stores its settings in PostgreSQL; the data source is "${options.type}".`,
    );
  }

  const dataSource = new DataSource({
    ...options,
    name: 'twenty-mcp',
    schema: MCP_SCHEMA_NAME,
    entities: MCP_ENTITIES,
    migrations: MCP_MIGRATIONS,
    migrationsTableName: '_migrations',
    migrationsRun: false,
    subscribers: [],
    synchronize: false,
    dropSchema: false,
    logging: false,
    poolSize: 4,
  });

  await dataSource.initialize();

  const lock = dataSource.createQueryRunner();

  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    // The migrations table lives in the schema, so it must exist first.
    await lock.query(`CREATE SCHEMA IF NOT EXISTS "${MCP_SCHEMA_NAME}"`);
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    await lock.release();
    await dataSource.destroy();
    throw error;
  }

  await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
  await lock.release();

  return dataSource;
};
