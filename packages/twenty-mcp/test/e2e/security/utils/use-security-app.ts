import { type Client, ProtocolError } from '@modelcontextprotocol/client';
import {
  DEMO_WORKSPACE,
  listApiKeys,
  SECOND_WORKSPACE,
} from '@twenty-mcp/twenty-db';
import { escapeIdentifier, type Client as PgClient } from 'pg';

import { type TestApp } from '../../../utils/start-test-app';
import { useTestApps } from '../../utils/use-test-app';

// What one credential can never see or do, checked through the official
// SDK client against real PostgreSQL: other workspaces, objects and fields
// its role hides, writes a read-only role may not make, injection through
// any argument, and credentials or workspaces switched off mid-session.

export type ToolOutcome = {
  isError: boolean;
  text: string;
  structuredContent: Record<string, unknown>;
};

export type RecordsContent = {
  records: Record<string, unknown>[];
  missingIds?: string[];
  totalCount?: number;
  pageInfo?: { hasNextPage: boolean; endCursor: string | null };
};

export type SearchContent = {
  hits: { object: string; id: string; label: string }[];
};

export const OPPORTUNITY_WORD = /opportunit/i;
export const HIDDEN_FIELD_WORDS =
  /phones|primaryPhone|additionalPhones|annualRecurringRevenue/i;
export const WRITE_TOOL_PREFIXES = [
  'create_',
  'update_',
  'delete_',
  'restore_',
];

// A message may repeat what the caller sent; anything else it says about
// a hidden object or field would be a leak.
export const withoutEcho = (message: string, ...inputs: string[]) =>
  inputs.reduce((text, input) => text.split(input).join(''), message);

export const textOf = (result: { content?: unknown }) =>
  ((result.content ?? []) as { type: string; text?: string }[])
    .filter((block) => block.type === 'text')
    .map((block) => block.text ?? '')
    .join('\n');

export const expectProtocolError = async (
  promise: Promise<unknown>,
  code: number,
): Promise<ProtocolError> => {
  const error = await promise.then(
    () => {
      throw new Error('expected a protocol error');
    },
    (reason: unknown) => reason,
  );

  expect(error).toBeInstanceOf(ProtocolError);
  expect((error as ProtocolError).code).toBe(code);

  return error as ProtocolError;
};

export type SecurityApp = {
  // Filled in before the tests.
  server: TestApp;
  // With `perObject`: a second app on the per-object tool surface.
  perObjectServer: TestApp;
  tokens: Record<string, string>;
  apiKeyIds: Record<string, string>;
  // The escaped schemas of Northwind (the demo workspace) and Globex.
  northwind: string;
  globex: string;
  query: <T extends Record<string, unknown>>(
    sql: string,
    params?: unknown[],
  ) => Promise<T[]>;
  ids: (schema: string, table: string, limit?: number) => Promise<string[]>;
  count: (schema: string, table: string) => Promise<number>;
  // The SDK client on `server` (or on the app at `url`), closed after all.
  connect: (
    token: string,
    options?: { url?: string; fetch?: typeof fetch },
  ) => Promise<Client>;
  call: (
    client: Client,
    name: string,
    args: Record<string, unknown>,
  ) => Promise<ToolOutcome>;
  records: (outcome: ToolOutcome) => Record<string, unknown>[];
};

// The file's app (and, with `perObject`, a per-object one beside it: both
// databases are clones of one seed, so the same keys work on both), and
// the helpers the security tests share; SQL runs on the first app's
// database.
export const useSecurityApp = ({
  perObject = false,
}: { perObject?: boolean } = {}): SecurityApp => {
  const apps = useTestApps(
    perObject ? [{}, { toolMode: 'per-object' }] : [{}],
    { name: 'security-e2e', mode: 'auto' },
  );
  let pg: PgClient;

  const query = async <T extends Record<string, unknown>>(
    sql: string,
    params: unknown[] = [],
  ): Promise<T[]> => (await pg.query<T>(sql, params)).rows;

  const ids = async (schema: string, table: string, limit = 3) =>
    (
      await query<{ id: string }>(
        `SELECT id FROM ${schema}.${escapeIdentifier(table)} WHERE "deletedAt" IS NULL ORDER BY id LIMIT $1`,
        [limit],
      )
    ).map((row) => row.id);

  const count = async (schema: string, table: string) =>
    Number(
      (
        await query<{ count: string }>(
          `SELECT count(*) FROM ${schema}.${escapeIdentifier(table)}`,
        )
      )[0].count,
    );

  const connect = (
    token: string,
    { url, fetch: fetchImpl }: { url?: string; fetch?: typeof fetch } = {},
  ) =>
    (url === undefined
      ? apps[0]
      : apps.find((app) => app.server.url === url)!
    ).connect(token, fetchImpl ? { fetch: fetchImpl } : {});

  const call = async (
    client: Client,
    name: string,
    args: Record<string, unknown>,
  ): Promise<ToolOutcome> => {
    const result = await client.callTool({ name, arguments: args });

    return {
      isError: result.isError === true,
      text: textOf(result),
      structuredContent: (result.structuredContent ?? {}) as Record<
        string,
        unknown
      >,
    };
  };

  const records = (outcome: ToolOutcome) =>
    (outcome.structuredContent as RecordsContent).records;

  const security = { query, ids, count, connect, call, records } as SecurityApp;

  beforeAll(async () => {
    security.server = apps[0].server;
    security.perObjectServer = apps[1]?.server;
    security.tokens = apps[0].tokens;
    pg = apps[0].pg;
    security.apiKeyIds = Object.fromEntries(
      (await listApiKeys(pg)).map((key) => [key.name, key.id]),
    );

    const schemas = Object.fromEntries(
      (
        await query<{ id: string; databaseSchema: string }>(
          `SELECT id, "databaseSchema" FROM core."workspace"`,
        )
      ).map((row) => [row.id, escapeIdentifier(row.databaseSchema)]),
    );

    security.northwind = schemas[DEMO_WORKSPACE.id];
    security.globex = schemas[SECOND_WORKSPACE.id];
  });

  return security;
};
