import { type PoolClient } from 'pg';

import { toPreparedStatementName } from '../../../../domain/sql/utils/to-prepared-statement-name.util';
import { type DbRow } from '../types/db-row.type';
import { type SqlQuery } from '../types/sql-query.type';

// feature_not_supported, which PostgreSQL raises when a prepared statement's
// result columns changed under it (a column of the table altered).
const FEATURE_NOT_SUPPORTED = '0A000';

// As a named statement: parsed and planned once per connection and query
// shape, bound and executed on every later call.
export const runPreparedQuery = async (
  client: PoolClient,
  { sql, params }: SqlQuery,
): Promise<DbRow[]> => {
  try {
    const result = await client.query({
      name: toPreparedStatementName(sql),
      text: sql,
      values: params,
    });

    return result.rows as DbRow[];
  } catch (error) {
    // Twenty changed the table under a statement this connection prepared
    // ("cached plan must not change result type"): once more, unprepared.
    if ((error as { code?: unknown }).code === FEATURE_NOT_SUPPORTED) {
      const result = await client.query(sql, params);

      return result.rows as DbRow[];
    }

    throw error;
  }
};
