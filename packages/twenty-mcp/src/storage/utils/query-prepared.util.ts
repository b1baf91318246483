import { type DataSource } from 'typeorm';

import { toPreparedStatementName } from '../../domain/sql/utils/to-prepared-statement-name.util';

type PgConnection = {
  query: (query: {
    name: string;
    text: string;
    values: unknown[];
  }) => Promise<{ rows: unknown[] }>;
};

// A statement of the per-call path, as a named (prepared) statement on the
// host's pool: planned once per connection, then only bound and executed.
// TypeORM's own query() cannot name a statement, so this goes to the pg
// connection behind a query runner.
export const queryPrepared = async <Row>(
  dataSource: DataSource,
  sql: string,
  params: unknown[],
): Promise<Row[]> => {
  const runner = dataSource.createQueryRunner();

  try {
    const connection = (await runner.connect()) as PgConnection;
    const { rows } = await connection.query({
      name: toPreparedStatementName(sql),
      text: sql,
      values: params,
    });

    return rows as Row[];
  } finally {
    await runner.release();
  }
};
