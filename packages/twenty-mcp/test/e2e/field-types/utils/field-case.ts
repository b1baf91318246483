import { type Client } from '@modelcontextprotocol/client';
import { type Client as PgClient } from 'pg';

import {
  type ApiRecord,
  callTool,
  type FindResult,
} from '../../utils/tool-calls';

// What each field case says about one field of the demo workspace's custom
// objects, and the helpers the field-type tests share.

export type DescribedField = {
  name: string;
  type: string;
  writable: boolean;
  sortable: boolean;
  integer?: boolean;
  relation?: { kind: string; object: string; idField?: string };
};
export type ObjectName = 'subscription' | 'supportTicket';

export type Fixtures = {
  companyIds: [string, string];
  personIds: [string, string];
  opportunityIds: [string, string];
  subscriptionIds: [string, string];
};

// A value, or one computed from seeded ids read at run time.
export type Dynamic<T> = T | ((fixtures: Fixtures) => T);

export type FieldCase = {
  object: ObjectName;
  // The API key: the field name, or `<relation>Id`.
  field: string;
  // As describe_object reports it.
  type: string;
  created: Dynamic<unknown>;
  // What get_records returns for `created` (default: `created`).
  read?: Dynamic<unknown>;
  update: Dynamic<unknown>;
  // What get_records returns after the update (default: `update`).
  updated?: Dynamic<unknown>;
  // Conditions under the field key, each with the same condition on the
  // physical columns; `matches: false` when the updated record is not
  // expected among the results.
  filters: Dynamic<{ filter: unknown; sql: string; matches?: boolean }[]>;
  // The column `is NULL` and orderBy address (a composite through one of
  // its sub-fields).
  leaf: { column: string; subField?: string };
  sortable: boolean;
  // Physical columns after create and after update (SQL expression → value).
  stored?: {
    created: Record<string, unknown>;
    updated: Record<string, unknown>;
  };
  invalid: Dynamic<{ value: unknown; message: RegExp }[]>;
};

export const TABLES: Record<ObjectName, string> = {
  // Twenty prefixes the tables of custom objects with `_`.
  subscription: '_subscription',
  supportTicket: '_supportTicket',
};

export const MISSING_ID = '00000000-0000-4000-8000-000000000000';

export const resolve = <T>(value: Dynamic<T>, fixtures: Fixtures): T =>
  typeof value === 'function'
    ? (value as (fixtures: Fixtures) => T)(fixtures)
    : value;

export const ORDER_DIRECTIONS = [
  'AscNullsFirst',
  'AscNullsLast',
  'DescNullsFirst',
  'DescNullsLast',
] as const;

export const toSqlOrder = (direction: (typeof ORDER_DIRECTIONS)[number]) =>
  `${direction.startsWith('Asc') ? 'ASC' : 'DESC'} ${direction.endsWith('NullsFirst') ? 'NULLS FIRST' : 'NULLS LAST'}`;

// `{ field: value }`, or `{ field: { subField: value } }` for a composite.
export const atLeaf = (fieldCase: FieldCase, value: unknown) => ({
  [fieldCase.field]: fieldCase.leaf.subField
    ? { [fieldCase.leaf.subField]: value }
    : value,
});

// Every record of a find, page after page.
export const findAll = async (
  client: Client,
  args: Record<string, unknown>,
  pageSize = 100,
): Promise<ApiRecord[]> => {
  const records: ApiRecord[] = [];
  let after: string | null = null;

  for (let page = 0; page < 200; page += 1) {
    const result: FindResult = await callTool<FindResult>(
      client,
      'find_records',
      { ...args, limit: pageSize, ...(after ? { after } : {}) },
    );

    records.push(...result.records);

    if (!result.pageInfo.hasNextPage) {
      return records;
    }

    after = result.pageInfo.endCursor;
  }

  throw new Error('find_records did not stop paging');
};

export const readFixtures = async (
  pg: PgClient,
  schema: string,
): Promise<Fixtures> => {
  const ids = async (table: string) => {
    const { rows } = await pg.query<{ id: string }>(
      `SELECT "id" FROM "${schema}"."${table}" WHERE "deletedAt" IS NULL ORDER BY "id" LIMIT 2`,
    );

    return [rows[0].id, rows[1].id] as [string, string];
  };

  return {
    companyIds: await ids('company'),
    personIds: await ids('person'),
    opportunityIds: await ids('opportunity'),
    subscriptionIds: await ids('_subscription'),
  };
};
