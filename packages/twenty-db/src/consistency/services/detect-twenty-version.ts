import {
  compareTwentyVersions,
  describeTwentyVersion,
  inferTwentyVersionRange,
  parseUpgradeMigrationVersion,
  type TwentyVersionRange,
} from '@twenty-mcp/twenty-layout';
import { type ClientBase } from 'pg';

export type DetectedTwentyVersion = {
  // The newest release whose upgrade commands completed, when Twenty
  // recorded them (>= 1.21).
  recorded: string | null;
  range: TwentyVersionRange;
  description: string;
};

// Which Twenty release laid out this database, read-only: the upgrade
// commands Twenty recorded, else the dated tables and columns of `core`.
export const detectTwentyVersion = async (
  client: ClientBase,
): Promise<DetectedTwentyVersion> => {
  const present = new Set(
    (
      await client.query<{ name: string }>(
        `SELECT table_name || '.' AS "name" FROM information_schema.tables
          WHERE table_schema = 'core'
         UNION ALL
         SELECT table_name || '.' || column_name FROM information_schema.columns
          WHERE table_schema = 'core'`,
      )
    ).rows.map(({ name }) => name),
  );
  const range = inferTwentyVersionRange(({ table, column }) =>
    present.has(`${table}.${column ?? ''}`),
  );
  let recorded: string | null = null;

  if (present.has('upgradeMigration.')) {
    const names = await client.query<{ prefix: string }>(
      `SELECT DISTINCT split_part("name", '_', 1) || '_' AS "prefix"
         FROM core."upgradeMigration" WHERE "status" = 'completed'`,
    );

    recorded =
      names.rows
        .map(({ prefix }) => parseUpgradeMigrationVersion(prefix))
        .filter((version) => version !== null)
        .sort(compareTwentyVersions)
        .at(-1) ?? null;
  }

  return {
    recorded,
    range,
    description: describeTwentyVersion({ recorded, range }),
  };
};
