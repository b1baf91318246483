import { type QueryRunner } from 'typeorm';

import { type DbRow } from '../types/db-row.type';
import { type SqlQuery } from '../types/sql-query.type';

// Structured results: TypeORM's plain query() wraps UPDATE/DELETE rows as
// [rows, rowCount], which would shape RETURNING differently per command.
export const runQuery = async (
  runner: QueryRunner,
  { sql, params }: SqlQuery,
): Promise<DbRow[]> => {
  const result = await runner.query(sql, params, true);

  return result.records as DbRow[];
};
