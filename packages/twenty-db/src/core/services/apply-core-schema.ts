import { readFileSync } from 'node:fs';
import path from 'node:path';

import { type ClientBase } from 'pg';

import { withTransaction } from '../../database/utils/with-transaction.util';

export const CORE_SCHEMA_SQL_PATH = path.join(
  __dirname,
  '..',
  'sql',
  'core-schema.sql',
);

// Creates Twenty's core schema, extensions and public helpers in a database
// that has none of them yet.
export const applyCoreSchema = async (client: ClientBase): Promise<void> => {
  const existing = await client.query(
    `SELECT 1 FROM pg_namespace WHERE nspname = 'core'`,
  );

  if (existing.rowCount) {
    throw new Error(
      'This database already has a "core" schema. twenty-db only lays out Twenty tables in a database it creates.',
    );
  }

  await withTransaction(client, async () => {
    await client.query(readFileSync(CORE_SCHEMA_SQL_PATH, 'utf8'));
  });
};
