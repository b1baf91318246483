import { type DataSource } from 'typeorm';

type PgPool = { totalCount: number; idleCount: number; waitingCount: number };

// The pg Pool behind a TypeORM postgres data source (its driver's `master`),
// or null when there is none (not initialised, another driver).
export const readPoolUsage = (
  dataSource: DataSource,
): { total: number; idle: number; waiting: number } | null => {
  const pool = (dataSource.driver as { master?: Partial<PgPool> }).master;

  if (
    !dataSource.isInitialized ||
    typeof pool?.totalCount !== 'number' ||
    typeof pool.idleCount !== 'number' ||
    typeof pool.waitingCount !== 'number'
  ) {
    return null;
  }

  return {
    total: pool.totalCount,
    idle: pool.idleCount,
    waiting: pool.waitingCount,
  };
};
