import { type Client } from '@modelcontextprotocol/client';
import { type Client as PgClient } from 'pg';

import { type TwentyMcpModuleOptions } from '../../../../src/config/types/twenty-mcp-module-options.type';
import { type ApiRecord, callTool } from '../../utils/tool-calls';
import { type E2eApp, useTestApp } from '../../utils/use-test-app';
import {
  findAll,
  type Fixtures,
  type ObjectName,
  readFixtures,
  TABLES,
} from './field-case';

export type FieldTypesApp = {
  e2e: E2eApp;
  // Filled in before the tests: the Admin API key's client, the test's own
  // database connection and the seeded ids the cases refer to.
  admin: Client;
  pg: PgClient;
  schema: string;
  fixtures: Fixtures;
  table: (object: ObjectName) => string;
  getRecord: (
    object: ObjectName,
    id: string,
    extra?: Record<string, unknown>,
  ) => Promise<ApiRecord>;
  sqlIds: (object: ObjectName, where: string) => Promise<string[]>;
  findIds: (
    object: ObjectName,
    args: Record<string, unknown>,
    pageSize?: number,
  ) => Promise<string[]>;
  countRows: (object: ObjectName) => Promise<number>;
  readColumns: (
    object: ObjectName,
    id: string,
    expressions: string[],
  ) => Promise<Record<string, unknown>>;
};

// Every field type of the demo workspace's custom objects, through the MCP
// tools over HTTP with the official SDK client: create → get → update →
// filter → sort, each checked against what PostgreSQL holds. One app for
// the file, and the helpers its tests share.
export const useFieldTypesApp = (
  overrides: Partial<TwentyMcpModuleOptions> = {},
): FieldTypesApp => {
  const e2e = useTestApp(overrides, { name: 'field-types-e2e' });

  const table = (object: ObjectName) => `"${app.schema}"."${TABLES[object]}"`;

  const getRecord = async (
    object: ObjectName,
    id: string,
    extra: Record<string, unknown> = {},
  ) => {
    const { records } = await callTool(app.admin, 'get_records', {
      object,
      ids: [id],
      ...extra,
    });

    expect(records).toHaveLength(1);

    return records[0];
  };

  const sqlIds = async (object: ObjectName, where: string) =>
    (
      await app.pg.query<{ id: string }>(
        `SELECT "id" FROM ${table(object)} WHERE "deletedAt" IS NULL AND (${where}) ORDER BY "id"`,
      )
    ).rows.map((row) => row.id);

  const findIds = async (
    object: ObjectName,
    args: Record<string, unknown>,
    pageSize?: number,
  ) =>
    (
      await findAll(app.admin, { object, fields: ['id'], ...args }, pageSize)
    ).map((record) => record.id);

  const countRows = async (object: ObjectName) =>
    Number(
      (await app.pg.query(`SELECT count(*) AS "count" FROM ${table(object)}`))
        .rows[0].count,
    );

  const readColumns = async (
    object: ObjectName,
    id: string,
    expressions: string[],
  ) => {
    const { rows } = await app.pg.query(
      `SELECT ${expressions.map((expression, index) => `${expression} AS "c${index}"`).join(', ')} FROM ${table(object)} WHERE "id" = $1`,
      [id],
    );

    return Object.fromEntries(
      expressions.map((expression, index) => [
        expression,
        rows[0][`c${index}`],
      ]),
    );
  };

  const app = {
    e2e,
    table,
    getRecord,
    sqlIds,
    findIds,
    countRows,
    readColumns,
  } as FieldTypesApp;

  beforeAll(async () => {
    app.admin = await e2e.connect(e2e.tokens['MCP - admin']);
    app.pg = e2e.pg;
    app.schema = e2e.schema;
    app.fixtures = await readFixtures(e2e.pg, e2e.schema);
  });

  return app;
};
