import { type ClientBase, escapeIdentifier } from 'pg';

import { qualifiedName } from './qualified-name.util';

// Postgres allows 65535 bind parameters per statement.
const MAX_PARAMETERS = 60_000;

type Row = Record<string, unknown>;

const groupByColumns = (rows: Row[]): Row[][] => {
  const groups = new Map<string, Row[]>();

  for (const row of rows) {
    const signature = Object.keys(row).sort().join('\u0000');

    const group = groups.get(signature);

    if (group) {
      group.push(row);
    } else {
      groups.set(signature, [row]);
    }
  }

  return [...groups.values()];
};

// Multi-row INSERT with bind parameters. Rows that name different columns
// go in separate statements, so an absent key keeps the column default
// instead of becoming NULL. jsonb columns are named so their values are
// sent as JSON text (pg would otherwise turn JS arrays into Postgres arrays).
export const insertRows = async (
  client: ClientBase,
  {
    schema,
    table,
    rows,
    jsonbColumns = [],
  }: {
    schema: string;
    table: string;
    rows: Row[];
    jsonbColumns?: string[];
  },
): Promise<void> => {
  const jsonb = new Set(jsonbColumns);

  for (const group of groupByColumns(rows)) {
    await insertGroup(client, { schema, table, rows: group, jsonb });
  }
};

const insertGroup = async (
  client: ClientBase,
  {
    schema,
    table,
    rows,
    jsonb,
  }: { schema: string; table: string; rows: Row[]; jsonb: Set<string> },
): Promise<void> => {
  const columns = Object.keys(rows[0]);
  const rowsPerStatement = Math.max(
    1,
    Math.floor(MAX_PARAMETERS / columns.length),
  );
  const columnList = columns.map(escapeIdentifier).join(', ');

  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const chunk = rows.slice(start, start + rowsPerStatement);
    const values: unknown[] = [];
    const tuples = chunk.map((row) => {
      const placeholders = columns.map((column) => {
        const value = row[column];

        values.push(
          jsonb.has(column) && value !== null && value !== undefined
            ? JSON.stringify(value)
            : value,
        );

        return `$${values.length}`;
      });

      return `(${placeholders.join(', ')})`;
    });

    await client.query(
      `INSERT INTO ${qualifiedName(schema, table)} (${columnList}) VALUES ${tuples.join(', ')}`,
      values,
    );
  }
};
