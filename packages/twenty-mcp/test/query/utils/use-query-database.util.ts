import { beforeAll } from '@jest/globals';
import { DEMO_WORKSPACE } from '@twenty-mcp/twenty-db';
import { useTestDatabase } from '@twenty-mcp/twenty-db/testing';
import { type Client } from 'pg';

import { type FindPage } from '../../../src/domain/records/types/find-page.type';
import { type FindRequest } from '../../../src/domain/records/types/find-request.type';
import { type DbRow } from '../../../src/domain/records/types/db-row.type';
import { type SqlQuery } from '../../../src/domain/records/types/sql-query.type';
import { buildFindQuery } from '../../../src/backends/postgres/records/sql/build-find-query.util';
import { decodeFindRows } from '../../../src/backends/postgres/records/utils/decode-find-rows.util';
import { prepareFind } from '../../../src/services/records/utils/prepare-find.util';
import {
  buildQueryTestContext,
  type QueryTestContext,
} from './build-query-test-context.util';

export type QueryDatabase = {
  readonly client: Client;
  readonly context: QueryTestContext;
  // `"workspace_…"`, for hand-written comparison SQL.
  readonly schema: string;
  run: (query: SqlQuery) => Promise<DbRow[]>;
  sql: (text: string, params?: unknown[]) => Promise<DbRow[]>;
  find: (
    objectName: string,
    request?: Partial<FindRequest>,
  ) => Promise<FindPage>;
};

// A private clone of the seeded demo database and the demo workspace model
// pointing at its real schema.
export const useQueryDatabase = (): QueryDatabase => {
  const db = useTestDatabase();
  let context: QueryTestContext | undefined;

  beforeAll(async () => {
    const { rows } = await db.client.query<{ databaseSchema: string }>(
      'SELECT "databaseSchema" FROM core.workspace WHERE id = $1',
      [DEMO_WORKSPACE.id],
    );

    context = buildQueryTestContext({ schemaName: rows[0].databaseSchema });
  });

  const ready = (): QueryTestContext => {
    if (!context) {
      throw new Error('The query database is only available inside tests');
    }

    return context;
  };
  const sql = async (text: string, params: unknown[] = []) =>
    (await db.client.query<DbRow>(text, params)).rows;

  return {
    get client() {
      return db.client;
    },
    get context() {
      return ready();
    },
    get schema() {
      return `"${ready().workspace.schemaName}"`;
    },
    run: (query) => sql(query.sql, query.params),
    sql,
    find: async (objectName, request = {}) => {
      const { workspace, permissions, target } = ready();
      const prepared = prepareFind({
        workspace,
        permissions,
        ...target(objectName),
        ...request,
      });

      const query = buildFindQuery(prepared);

      return decodeFindRows(await sql(query.sql, query.params), prepared);
    },
  };
};
