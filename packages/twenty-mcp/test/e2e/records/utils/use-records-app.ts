import { type Client } from '@modelcontextprotocol/client';

import {
  callTool,
  type FindResult,
  type RecordsResult,
} from '../../utils/tool-calls';
import { useTestApp } from '../../utils/use-test-app';

export type AggregateResult = {
  groups: {
    key: Record<string, string | number | null>;
    values: Record<string, number | string | null>;
  }[];
  hasMoreGroups: boolean;
};
export type IdsResult = {
  object: string;
  ids: string[];
  unchangedIds: string[];
};
export type SearchResult = {
  hits: { object: string; id: string; label: string | null; rank: number }[];
};

export const sorted = (ids: readonly string[]) => [...ids].sort();

export type RecordsApp = {
  // Filled in before the tests: the Admin and the Support Agent API keys.
  admin: Client;
  support: Client;
  table: (name: string) => string;
  sql: <T extends Record<string, unknown>>(
    text: string,
    params?: unknown[],
  ) => Promise<T[]>;
  sqlIds: (name: string, where?: string, orderBy?: string) => Promise<string[]>;
  sqlCount: (name: string, where?: string) => Promise<number>;
  findPage: (args: Record<string, unknown>) => Promise<FindResult>;
  findAllPages: (
    args: Record<string, unknown>,
    pageSize: number,
  ) => Promise<FindResult[]>;
  findAllIds: (
    args: Record<string, unknown>,
    pageSize?: number,
  ) => Promise<string[]>;
  createPeople: (
    records: Record<string, unknown>[],
  ) => Promise<RecordsResult['records']>;
};

// Query features of the record tools on the demo data, over HTTP with the
// official SDK client, each result checked against PostgreSQL directly: one
// app for the file, and the SQL and paging helpers its tests share.
export const useRecordsApp = (): RecordsApp => {
  const e2e = useTestApp({}, { name: 'records-e2e' });

  const table = (name: string) => `"${e2e.schema}"."${name}"`;

  const sql = async <T extends Record<string, unknown>>(
    text: string,
    params: unknown[] = [],
  ): Promise<T[]> => (await e2e.pg.query<T>(text, params)).rows;

  const sqlIds = async (name: string, where = 'TRUE', orderBy = '"id"') =>
    (
      await sql<{ id: string }>(
        `SELECT "id" FROM ${table(name)} WHERE "deletedAt" IS NULL AND (${where}) ORDER BY ${orderBy}`,
      )
    ).map((row) => row.id);

  const sqlCount = async (name: string, where = 'TRUE') =>
    Number(
      (
        await sql<{ count: string }>(
          `SELECT count(*) AS "count" FROM ${table(name)} WHERE ${where}`,
        )
      )[0].count,
    );

  const findPage = (args: Record<string, unknown>) =>
    callTool<FindResult>(app.admin, 'find_records', args);

  // Every page of a find, with the cursor of each page.
  const findAllPages = async (
    args: Record<string, unknown>,
    pageSize: number,
  ) => {
    const pages: FindResult[] = [];
    let after: string | null = null;

    do {
      const page: FindResult = await findPage({
        ...args,
        limit: pageSize,
        ...(after ? { after } : {}),
      });

      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && pages.length < 200);

    return pages;
  };

  const findAllIds = async (args: Record<string, unknown>, pageSize = 100) =>
    (await findAllPages({ fields: ['id'], ...args }, pageSize)).flatMap(
      (page) => page.records.map((record) => record.id),
    );

  const createPeople = async (records: Record<string, unknown>[]) =>
    (await callTool(app.admin, 'create_records', { object: 'person', records }))
      .records;

  const app = {
    table,
    sql,
    sqlIds,
    sqlCount,
    findPage,
    findAllPages,
    findAllIds,
    createPeople,
  } as RecordsApp;

  beforeAll(async () => {
    app.admin = await e2e.connect(e2e.tokens['MCP - admin']);
    app.support = await e2e.connect(e2e.tokens['MCP - support agent']);
  });

  return app;
};
