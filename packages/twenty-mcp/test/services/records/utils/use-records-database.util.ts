import { afterAll, beforeAll } from '@jest/globals';
import { DEMO_WORKSPACE } from '@twenty-mcp/twenty-db';
import { useTestDatabase } from '@twenty-mcp/twenty-db/testing';
import { type Client } from 'pg';
import { type DataSource } from 'typeorm';

import { PostgresRecordsAdapter } from '../../../../src/backends/postgres/records/services/postgres-records.adapter';
import { type DbRow } from '../../../../src/backends/postgres/records/types/db-row.type';
import {
  type FindRecordsRequest,
  type FindRecordsResult,
} from '../../../../src/domain/records/types/records-requests.type';
import { RecordsService } from '../../../../src/services/records/records.service';
import { buildTestConfig } from '../../../utils/build-test-config.util';
import { createTestDataSource } from '../../../utils/create-test-data-source';
import {
  buildQueryTestContext,
  type QueryTestContext,
} from './build-query-test-context.util';

export type RecordsDatabase = {
  readonly client: Client;
  // The demo workspace model on the real schema, as a full-access role.
  readonly context: QueryTestContext;
  // The records service over the Postgres back-end on this database.
  readonly records: RecordsService;
  readonly adapter: PostgresRecordsAdapter;
  // `"workspace_…"`, for hand-written comparison SQL.
  readonly schema: string;
  sql: (text: string, params?: unknown[]) => Promise<DbRow[]>;
  find: (
    objectName: string,
    request?: Omit<FindRecordsRequest, 'objectName'>,
  ) => Promise<FindRecordsResult>;
};

// A private clone of the seeded demo database, RecordsService over a real
// PostgresRecordsAdapter on it, and the demo workspace model pointing at
// its real schema.
export const useRecordsDatabase = (): RecordsDatabase => {
  const db = useTestDatabase();
  let ready:
    | {
        context: QueryTestContext;
        dataSource: DataSource;
        adapter: PostgresRecordsAdapter;
        records: RecordsService;
      }
    | undefined;

  beforeAll(async () => {
    const { rows } = await db.client.query<{ databaseSchema: string }>(
      'SELECT "databaseSchema" FROM core.workspace WHERE id = $1',
      [DEMO_WORKSPACE.id],
    );
    const dataSource = await createTestDataSource(db.database.url);
    const adapter = new PostgresRecordsAdapter(buildTestConfig({ dataSource }));

    ready = {
      context: buildQueryTestContext({ schemaName: rows[0].databaseSchema }),
      dataSource,
      adapter,
      records: new RecordsService(adapter),
    };
  });

  afterAll(async () => {
    await ready?.dataSource.destroy();
  });

  const state = () => {
    if (!ready) {
      throw new Error('The records database is only available inside tests');
    }

    return ready;
  };
  const sql = async (text: string, params: unknown[] = []) =>
    (await db.client.query<DbRow>(text, params)).rows;

  return {
    get client() {
      return db.client;
    },
    get context() {
      return state().context;
    },
    get records() {
      return state().records;
    },
    get adapter() {
      return state().adapter;
    },
    get schema() {
      return `"${state().context.workspace.schemaName}"`;
    },
    sql,
    find: (objectName, request = {}) =>
      state().records.find(state().context.access, {
        ...request,
        objectName,
      }),
  };
};
